package nl.databiobank.lims.consent.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.consent.control.ConsentRules;
import nl.databiobank.lims.consent.entity.Consent;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.consent.entity.ConsentItem;
import nl.databiobank.lims.consent.entity.SignedDocument;
import nl.databiobank.lims.participant.boundary.ParticipantService;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;

/**
 * Recording consent: an explicit yes or no for every item of a valid form version, the day of
 * signing, the witness where the form asks for one, and the signed form as a PDF. The newest
 * consent supersedes the earlier ones, which stay as history.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
public class ConsentService {

    @PersistenceContext
    EntityManager em;

    @EJB
    ParticipantService participants;

    @EJB
    ConsentFormService forms;

    @Resource
    SessionContext session;

    @Inject
    Event<ConsentRecorded> recorded;

    Clock clock = Clock.systemDefaultZone();

    public Consent record(String pseudonym, NewConsent request) {
        Participant participant = participants.byPseudonym(pseudonym);
        if (request.formCode() == null || request.formVersion() == null) {
            throw new InvalidInputException("form", "field.required");
        }
        ConsentForm form = forms.get(request.formCode(), request.formVersion());
        SignedDocument document = new SignedDocument(request.documentName(), request.document());
        ConsentRules.check(form, request, document, LocalDate.now(clock));
        Map<ConsentItem, Boolean> answers = new LinkedHashMap<>();
        form.getItems().forEach(item -> answers.put(item, request.answers().get(item.getCode())));
        Consent consent = new Consent(participant, form, request.signedOn(), blankToNull(request.witness()), answers,
                document, session.getCallerPrincipal().getName(), Instant.now(clock));
        em.persist(consent);
        em.flush(); // the observers ask the database what the consent covers
        recorded.fire(new ConsentRecorded(participant.getId(), participant.getPseudonym(), consent.getId(),
                consent.getSignedOn()));
        return consent;
    }

    /** Every consent of the participant, newest first: the first is the current one. */
    @RolesAllowed({Roles.RESEARCH_NURSE, Roles.LAB_TECHNICIAN, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<Consent> history(String pseudonym) {
        return em.createNamedQuery(Consent.OF_PARTICIPANT, Consent.class)
                .setParameter("participant", participants.byPseudonym(pseudonym))
                .getResultList();
    }

    public SignedDocument document(String pseudonym, long consentId) {
        Consent consent = em.find(Consent.class, consentId);
        if (consent == null || !consent.getParticipant().getPseudonym().equals(participants.byPseudonym(pseudonym)
                .getPseudonym())) {
            throw new UnknownEntityException("consent.unknown", consentId);
        }
        return new SignedDocument(consent.getDocumentName(), consent.getDocument());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
