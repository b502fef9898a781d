package nl.databiobank.lims.questionnaire.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireScale;

/** One scale's score of a response, {@code null} when it could not be scored (too few items answered). */
public record ScoreLine(String code, String label, String kind, BigDecimal score) implements Serializable {

    /** Every scale of the response's questionnaire in its order, then the summary score, if it has one. */
    static List<ScoreLine> of(QuestionnaireResponse response) {
        List<ScoreLine> lines = new ArrayList<>();
        for (QuestionnaireScale scale : response.getQuestionnaire().getScales()) {
            lines.add(new ScoreLine(scale.getCode(), scale.getLabel(), scale.getKind(),
                    response.getScores().get(scale.getCode())));
        }
        String summary = response.getQuestionnaire().getSummaryCode();
        if (summary != null) {
            lines.add(new ScoreLine(summary, null, "SUMMARY", response.getScores().get(summary)));
        }
        return lines;
    }
}
