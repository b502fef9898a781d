package nl.databiobank.lims.questionnaire.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.questionnaire.entity.TimePointStatus;

/**
 * The nurses' list for a week: who is due (the window is open, or opens before the week ends) and who
 * is overdue (the target day passed, the window still open), with counts by hospital and by cohort.
 */
public record DueList(LocalDate today, LocalDate weekEnd, List<Entry> entries, Map<String, Counts> byHospital,
                      Map<String, Counts> byCohort, Counts total) {

    public record Entry(String pseudonym, String hospital, String cohort, String pointCode, String pointLabel,
                        String questionnaireCode, LocalDate targetDate, LocalDate windowStart, LocalDate windowEnd,
                        TimePointStatus status) {
    }

    public record Counts(int due, int overdue) {

        Counts plus(TimePointStatus status) {
            return status == TimePointStatus.OVERDUE ? new Counts(due, overdue + 1) : new Counts(due + 1, overdue);
        }
    }
}
