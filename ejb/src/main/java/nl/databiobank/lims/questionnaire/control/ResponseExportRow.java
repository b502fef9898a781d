package nl.databiobank.lims.questionnaire.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One answered time point as the scientific staff get it: the participant by pseudonym only (never a
 * name, hospital number or birth date), the time point, the answers and the stored scores.
 */
public record ResponseExportRow(String pseudonym, String cohort, String hospital, String pointCode,
                                LocalDate targetDate, LocalDate completedOn, String questionnaireVersion,
                                Map<Integer, Integer> answers, Map<String, BigDecimal> scores) {
}
