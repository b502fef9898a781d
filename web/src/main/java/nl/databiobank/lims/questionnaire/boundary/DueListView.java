package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.databiobank.lims.participant.boundary.ParticipantService;

/**
 * The nurses' due list of this week, narrowed to a hospital or a cohort when she picks one. The
 * cohorts offered are those with someone due this week, for cohorts are free text at enrolment.
 */
@Named
@ViewScoped
public class DueListView implements Serializable {

    @EJB
    DueListService dueLists;

    @EJB
    ParticipantService participants;

    private String hospital;
    private String cohort;
    // neither is serializable: read again when the view comes back from elsewhere
    private transient DueList dueList;
    private transient List<Option> hospitals;
    private transient List<String> cohorts;

    /** A hospital of the menu: its code filters, its name is shown. */
    public record Option(String code, String name) {
    }

    /** A filter changed: the list, its counts and the offered cohorts are read again. */
    public void filter() {
        dueList = null;
        cohorts = null;
    }

    public DueList getDueList() {
        if (dueList == null) {
            dueList = dueLists.dueList(LocalDate.now(), hospital, cohort);
        }
        return dueList;
    }

    public List<Map.Entry<String, DueList.Counts>> getByHospital() {
        return new ArrayList<>(getDueList().byHospital().entrySet());
    }

    public List<Map.Entry<String, DueList.Counts>> getByCohort() {
        return new ArrayList<>(getDueList().byCohort().entrySet());
    }

    public List<String> getCohorts() {
        if (cohorts == null) {
            DueList everyone = isBlank(hospital) && isBlank(cohort) ? getDueList()
                    : dueLists.dueList(LocalDate.now(), null, null);
            TreeSet<String> known = new TreeSet<>(everyone.byCohort().keySet());
            if (!isBlank(cohort)) {
                known.add(cohort);
            }
            cohorts = new ArrayList<>(known);
        }
        return cohorts;
    }

    public List<Option> getHospitals() {
        if (hospitals == null) {
            hospitals = participants.hospitals().stream().map(h -> new Option(h.getCode(), h.getName())).toList();
        }
        return hospitals;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }
}
