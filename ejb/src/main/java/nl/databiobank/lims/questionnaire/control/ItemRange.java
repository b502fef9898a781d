package nl.databiobank.lims.questionnaire.control;

/**
 * One item of a questionnaire and its response scale: the lowest and highest answer allowed (1–4 for
 * most EORTC items, 1–7 for the global health items). The range decides both which answers are
 * refused and how a raw score is stretched to 0–100.
 */
public record ItemRange(int number, int min, int max) {

    public ItemRange {
        if (min >= max) {
            throw new IllegalArgumentException("Item " + number + ": min " + min + " must be below max " + max);
        }
    }

    public boolean allows(int answer) {
        return answer >= min && answer <= max;
    }

    /** {@code max − min}, the divisor of the linear transformation. */
    public int range() {
        return max - min;
    }
}
