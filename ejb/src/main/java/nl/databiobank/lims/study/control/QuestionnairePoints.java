package nl.databiobank.lims.study.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which questionnaire time point goes with a collection's time point. Collections are named BASELINE
 * or M3, M6, … (months after the anchor); the biobank's standard questionnaire schedule names its
 * points T0, M3, M6, M12, M24 and then Y3 … Y10 (years). A cohort's own schedule may use M36 where
 * the standard one says Y3, so both are candidates, the month code first.
 */
public final class QuestionnairePoints {

    private static final Pattern MONTHS = Pattern.compile("M([1-9][0-9]{0,2})");

    private QuestionnairePoints() {
    }

    /** The questionnaire point codes that match, best first; none for an unscheduled collection. */
    public static List<String> forCollection(String collectionTimePoint) {
        if (collectionTimePoint == null) {
            return List.of();
        }
        if (collectionTimePoint.equals("BASELINE")) {
            return List.of("T0");
        }
        Matcher months = MONTHS.matcher(collectionTimePoint);
        if (!months.matches()) {
            return List.of();
        }
        int count = Integer.parseInt(months.group(1));
        if (count >= 36 && count % 12 == 0) {
            return List.of(collectionTimePoint, "Y" + count / 12);
        }
        return List.of(collectionTimePoint);
    }
}
