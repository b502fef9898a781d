package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireResponse;
import nl.databiobank.lims.questionnaire.entity.TimePointStatus;
import nl.databiobank.lims.sample.boundary.LabPageView;

/**
 * The entry grid of one participant's time point: a paper questionnaire typed in item by item (the
 * keyboard side is questionnaire-entry.js), saved with its completion date. A time point answered
 * already opens in correction mode: its answers prefilled, a reason required, its scores shown.
 * The service decides what is valid; its refusals appear beside the item, date or reason.
 */
@Named
@ViewScoped
public class ResponseEntryView implements Serializable {

    static final String FORM = "entry";

    @EJB
    ResponseService responses;

    @EJB
    QuestionnaireService questionnaires;

    private String pseudonym;
    private String point;
    private TimePointFacts timePoint;
    private String questionnaireTitle;
    private final List<AnswerCell> cells = new ArrayList<>();
    private LocalDate completedOn = LocalDate.now();
    private String reason;
    private Entered entered;
    private List<ScoreLine> scores = List.of();

    /** What the page shows of the time point. */
    public record TimePointFacts(String code, String label, LocalDate targetDate, LocalDate windowStart,
                                 LocalDate windowEnd, TimePointStatus status) implements Serializable {
    }

    /** Who entered the response, and who corrected it last. */
    public record Entered(String by, Instant at, String correctedBy, Instant correctedAt) implements Serializable {
    }

    public void load() {
        try {
            ParticipantTimePoint found = responses.timePoints(pseudonym).stream()
                    .filter(t -> t.getPointCode().equals(normalisedPoint())).findFirst().orElse(null);
            if (found == null) {
                LabPageView.errorText(null, LimsException.format(Messages.locale(),
                        "questionnaire.timePoint.unknown", normalisedPoint()));
                return;
            }
            show(found);
        } catch (LimsException e) {
            Messages.refused(e, FORM);
        }
    }

    private void show(ParticipantTimePoint found) {
        point = found.getPointCode();
        timePoint = new TimePointFacts(found.getPointCode(), found.getSchedulePoint().getLabel(),
                found.getTargetDate(), found.getWindowStart(), found.getWindowEnd(), found.statusOn(LocalDate.now()));
        QuestionnaireResponse response = found.getResponse().orElse(null);
        Questionnaire questionnaire = response == null ? questionnaires.current(found.getQuestionnaireCode())
                : response.getQuestionnaire();
        questionnaireTitle = questionnaire.getTitle();
        cells.clear();
        String language = Messages.locale().getLanguage();
        questionnaire.getItems().forEach(item -> cells.add(new AnswerCell(item,
                response == null ? null : response.getAnswers().get(item.getNumber()), language)));
        if (response != null) {
            completedOn = response.getCompletedOn();
            entered = new Entered(response.getEnteredBy(), response.getEnteredAt(),
                    response.getCorrectedBy().orElse(null), response.getCorrectedAt().orElse(null));
            scores = ScoreLine.of(response);
        }
    }

    /** Records the answers, or corrects them with the reason; then shows the page again with the scores. */
    public String save() {
        Map<Integer, Integer> answers = answers();
        if (answers == null) {
            return null;
        }
        try {
            if (isCorrection()) {
                responses.correct(pseudonym, point, completedOn, answers, reason);
                Messages.flashInfoIn(QuestionnaireText.BUNDLE, "entry.corrected", point, pseudonym);
            } else {
                responses.record(pseudonym, point, completedOn, answers);
                Messages.flashInfoIn(QuestionnaireText.BUNDLE, "entry.saved", point, pseudonym);
            }
            return "/participants/questionnaire?faces-redirect=true&p=" + pseudonym + "&point=" + point;
        } catch (LimsException e) {
            LabPageView.refused(e, this::clientId, null);
            return null;
        }
    }

    /** The typed answers by item, unanswered items left out; null (and a message) when one is no number. */
    private Map<Integer, Integer> answers() {
        Map<Integer, Integer> answers = new LinkedHashMap<>();
        boolean numbers = true;
        for (int i = 0; i < cells.size(); i++) {
            AnswerCell cell = cells.get(i);
            if (cell.isBlank()) {
                continue;
            }
            try {
                answers.put(cell.getNumber(), Integer.valueOf(cell.getAnswer().strip()));
            } catch (NumberFormatException e) {
                LabPageView.errorText(answerId(i), LimsException.format(Messages.locale(),
                        "questionnaire.answer.notWhole", cell.getNumber()));
                numbers = false;
            }
        }
        return numbers ? answers : null;
    }

    /** {@code answers.12} to item 12's input, {@code answers} to the grid, the rest to their inputs. */
    String clientId(String field) {
        if (field.startsWith("answers.")) {
            String item = field.substring("answers.".length());
            for (int i = 0; i < cells.size(); i++) {
                if (String.valueOf(cells.get(i).getNumber()).equals(item)) {
                    return answerId(i);
                }
            }
            return FORM + ":grid";
        }
        return switch (field) {
            case "answers" -> FORM + ":grid";
            case "completedOn", "reason" -> FORM + ":" + field;
            default -> null;
        };
    }

    private static String answerId(int index) {
        return FORM + ":items:" + index + ":answer";
    }

    private String normalisedPoint() {
        return point == null ? "" : point.trim().toUpperCase(Locale.ROOT);
    }

    /** The time point has a response: saving corrects it. */
    public boolean isCorrection() {
        return entered != null;
    }

    /** Rows of the grid when it flows down three columns, so that the focus order is the item order. */
    public int getGridRows() {
        return Math.max(1, (cells.size() + 2) / 3);
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym == null ? null : pseudonym.trim().toUpperCase(Locale.ROOT);
    }

    public String getPoint() {
        return point;
    }

    public void setPoint(String point) {
        this.point = point;
    }

    public TimePointFacts getTimePoint() {
        return timePoint;
    }

    public String getQuestionnaireTitle() {
        return questionnaireTitle;
    }

    public List<AnswerCell> getCells() {
        return cells;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Entered getEntered() {
        return entered;
    }

    public List<ScoreLine> getScores() {
        return scores;
    }
}
