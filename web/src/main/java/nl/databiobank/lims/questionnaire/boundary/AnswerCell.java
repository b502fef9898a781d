package nl.databiobank.lims.questionnaire.boundary;

import java.io.Serializable;
import java.util.regex.Pattern;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireItem;

/** One item of the entry grid: what the nurse sees of the item, and what she typed (blank: unanswered). */
public class AnswerCell implements Serializable {

    // the seeded labels repeat the number ("Q1 — physical: …"), which the grid shows in a column of its own
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^Q\\d+\\s*[—–-]\\s*");

    private final int number;
    private final String label;
    private final int min;
    private final int max;
    private String answer;

    /** Shows the biobank's own licensed wording in {@code language} where it loaded one, else the neutral label. */
    AnswerCell(QuestionnaireItem item, Integer answer, String language) {
        this.number = item.getNumber();
        String wording = item.texts().get(language);
        this.label = wording != null ? wording
                : item.getLabel() == null ? "" : NUMBER_PREFIX.matcher(item.getLabel()).replaceFirst("");
        this.min = item.getMinAnswer();
        this.max = item.getMaxAnswer();
        this.answer = answer == null ? null : answer.toString();
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public int getMin() {
        return min;
    }

    public int getMax() {
        return max;
    }

    /** As printed beside the input: {@code 1–4}. */
    public String getRange() {
        return min + "–" + max;
    }

    /** How many keystrokes the largest answer takes: the input is that wide. */
    public int getDigits() {
        return String.valueOf(max).length();
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    boolean isBlank() {
        return answer == null || answer.isBlank();
    }
}
