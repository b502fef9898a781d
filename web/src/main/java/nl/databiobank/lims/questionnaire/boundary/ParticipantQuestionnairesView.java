package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;
import nl.databiobank.lims.questionnaire.entity.TimePointStatus;

/**
 * One participant's questionnaire timeline: every time point with its status today, dates and
 * window, a way to enter or correct it, and a chart of the chosen scales' scores over time.
 */
@Named
@ViewScoped
public class ParticipantQuestionnairesView implements Serializable {

    /** Shown until the nurse chooses: global health, physical functioning, fatigue and the summary. */
    static final List<String> DEFAULT_SCALES = List.of("QL2", "PF2", "FA", "SUM");

    @EJB
    ResponseService responses;

    private String pseudonym;
    private final List<Row> rows = new ArrayList<>();
    private final List<ScoreChart.Point> points = new ArrayList<>();
    private final Map<String, String> scales = new LinkedHashMap<>();
    private List<String> chosenScales = new ArrayList<>();

    /** A time point as the table shows it. */
    public record Row(String code, String label, LocalDate targetDate, LocalDate windowStart, LocalDate windowEnd,
                      TimePointStatus status, LocalDate completedOn, String enteredBy, LocalDate stoppedOn,
                      String stopReason) implements Serializable {

        /** Open, or missed (a late paper form still counts): a response can be entered. */
        public boolean isEnterable() {
            return status == TimePointStatus.DUE || status == TimePointStatus.OVERDUE
                    || status == TimePointStatus.MISSED;
        }

        public boolean isCorrectable() {
            return status == TimePointStatus.COMPLETED;
        }
    }

    /** A scale the chart can show. */
    public record Scale(String code, String label) implements Serializable {
    }

    public void load() {
        try {
            LocalDate today = LocalDate.now();
            for (ParticipantTimePoint t : responses.timePoints(pseudonym)) {
                QuestionnaireResponse response = t.getResponse().orElse(null);
                rows.add(new Row(t.getPointCode(), t.getSchedulePoint().getLabel(), t.getTargetDate(),
                        t.getWindowStart(), t.getWindowEnd(), t.statusOn(today),
                        response == null ? null : response.getCompletedOn(),
                        response == null ? null : response.getEnteredBy(),
                        t.getStoppedOn().orElse(null), t.getStopReason().orElse(null)));
                if (response != null) {
                    points.add(new ScoreChart.Point(t.getPointCode(), response.getCompletedOn(),
                            new HashMap<>(response.getScores())));
                    ScoreLine.of(response).forEach(line -> scales.putIfAbsent(line.code(),
                            line.label() == null ? Messages.textIn(QuestionnaireText.BUNDLE, "score.summary") : line.label()));
                }
            }
            points.sort(Comparator.comparing(ScoreChart.Point::completedOn));
            chosenScales = new ArrayList<>(DEFAULT_SCALES.stream().filter(scales::containsKey).toList());
            if (chosenScales.isEmpty()) {
                scales.keySet().stream().limit(4).forEach(chosenScales::add);
            }
        } catch (LimsException e) {
            Messages.refused(e, "timeline");
        }
    }

    /** The Chart.js configuration of the chosen scales, in the order of the questionnaire. */
    public String getChart() {
        List<ScoreChart.Line> lines = scales.entrySet().stream()
                .filter(scale -> chosenScales.contains(scale.getKey()))
                .map(scale -> new ScoreChart.Line(scale.getKey(), scale.getKey() + " — " + scale.getValue()))
                .toList();
        return ScoreChart.json(points, lines, Messages.textIn(QuestionnaireText.BUNDLE, "chart.axis"));
    }

    public List<Scale> getScales() {
        return scales.entrySet().stream().map(s -> new Scale(s.getKey(), s.getValue())).toList();
    }

    public boolean isAnyCompleted() {
        return !points.isEmpty();
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym == null ? null : pseudonym.trim().toUpperCase(Locale.ROOT);
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getChosenScales() {
        return chosenScales;
    }

    public void setChosenScales(List<String> chosenScales) {
        this.chosenScales = chosenScales == null ? new ArrayList<>() : new ArrayList<>(chosenScales);
    }
}
