package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireSchedule;
import nl.databiobank.lims.questionnaire.entity.ScheduleAnchor;

/** The administrator's questionnaire schedules: the list, and a form to define (or copy and change) one. */
@Named
@ViewScoped
public class SchedulesView implements Serializable {

    private static final String FORM = "schedule";

    @EJB
    ScheduleService schedules;

    @EJB
    QuestionnaireService questionnaires;

    private List<QuestionnaireSchedule> list;
    private String cohort;
    private String name;
    private String questionnaireCode = "QLQ-C30";
    private String anchor = ScheduleAnchor.DIAGNOSIS.name();
    private List<SchedulePointRow> points = new ArrayList<>();

    @PostConstruct
    void load() {
        list = schedules.all();
        if (points.isEmpty()) {
            points.add(new SchedulePointRow());
        }
    }

    public void copy(QuestionnaireSchedule schedule) {
        cohort = schedule.getCohort().orElse(null);
        name = schedule.getName();
        questionnaireCode = schedule.getQuestionnaireCode();
        anchor = schedule.getAnchor().name();
        points = new ArrayList<>(NewSchedule.of(schedule).points().stream()
                .map(SchedulePointRow::of).toList());
    }

    public void addPoint() {
        points.add(new SchedulePointRow());
    }

    public void removePoint(SchedulePointRow row) {
        points.remove(row);
    }

    public void save() {
        try {
            QuestionnaireSchedule saved = schedules.define(new NewSchedule(cohort, name, questionnaireCode, anchor,
                    points.stream().map(SchedulePointRow::toPoint).toList()));
            Messages.infoIn("schedulemsg", "schedules.saved", saved.getName());
            list = schedules.all();
        } catch (InvalidInputException e) {
            Messages.refused(new InvalidInputException(e.fieldErrors().stream().map(SchedulesView::inTable).toList()), FORM);
        } catch (LimsException e) {
            Messages.refused(e, FORM);
        }
    }

    /** {@code points[2].code} is the input {@code points:2:code} of the form's table. */
    private static FieldError inTable(FieldError error) {
        return new FieldError(error.field().replaceFirst("^points\\[(\\d+)\\]\\.", "points:$1:"), error.key(),
                error.arguments());
    }

    public List<String> getQuestionnaireCodes() {
        return questionnaires.all().stream().map(Questionnaire::getCode).distinct().toList();
    }

    public ScheduleAnchor[] getAnchors() {
        return ScheduleAnchor.values();
    }

    public List<QuestionnaireSchedule> getList() {
        return list;
    }

    public List<SchedulePointRow> getPoints() {
        return points;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQuestionnaireCode() {
        return questionnaireCode;
    }

    public void setQuestionnaireCode(String questionnaireCode) {
        this.questionnaireCode = questionnaireCode;
    }

    public String getAnchor() {
        return anchor;
    }

    public void setAnchor(String anchor) {
        this.anchor = anchor;
    }
}
