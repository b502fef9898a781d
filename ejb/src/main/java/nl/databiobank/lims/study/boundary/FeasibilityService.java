package nl.databiobank.lims.study.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.sample.boundary.SampleTypeService;
import nl.databiobank.lims.study.control.CandidateQuery;
import nl.databiobank.lims.study.control.RequestCheck;
import nl.databiobank.lims.study.control.SmallCounts;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.RequestCriteria;
import nl.databiobank.lims.study.entity.Study;

/**
 * Before filing, a researcher asks how much material matches: the same candidates allocation would
 * choose from, counted, never listed (DESIGN.md: researchers see counts only).
 */
@Stateless
@RolesAllowed({Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class FeasibilityService {

    @PersistenceContext
    EntityManager em;

    @EJB
    SampleTypeService sampleTypes;

    @EJB
    StudyService studies;

    @EJB
    RequestService requests;

    Clock clock = Clock.systemDefaultZone();

    /** Counts for criteria not yet filed (only the criteria are checked). */
    public Feasibility of(NewRequest draft) {
        if (draft.study() == null || draft.study().isBlank()) {
            throw new InvalidInputException("study", "field.required");
        }
        Study study = studies.byCode(draft.study());
        return count(study, RequestCheck.criteria(draft, code -> sampleTypes.find(code).isPresent()));
    }

    public Feasibility ofRequest(long id) {
        MaterialRequest request = requests.byId(id);
        return count(request.getStudy(), request.criteria());
    }

    private Feasibility count(Study study, RequestCriteria criteria) {
        String items = requests.currentApproval(study).map(EthicsApproval::getConsentItems)
                .map(set -> String.join(",", set)).orElse("");
        Object[] row = (Object[]) em.createNativeQuery(CandidateQuery.COUNTS)
                .setParameter(1, criteria.sampleType())
                .setParameter(2, criteria.minQuantity())
                .setParameter(3, String.join(",", criteria.timePoints()))
                .setParameter(4, String.join(",", criteria.diagnoses()))
                .setParameter(5, items)
                .setParameter(6, java.sql.Date.valueOf(LocalDate.now(clock)))
                .getSingleResult();
        return new Feasibility(SmallCounts.shown(((Number) row[0]).longValue()),
                SmallCounts.shown(((Number) row[1]).longValue()));
    }
}
