package nl.databiobank.lims.questionnaire.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.questionnaire.boundary.NewSchedule;
import nl.databiobank.lims.questionnaire.entity.ScheduleAnchor;

/** What a schedule must be, field by field ({@code points[2].windowAfterDays}), as the database checks it too. */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    public static void check(NewSchedule schedule, boolean questionnaireExists) {
        FieldErrors errors = new FieldErrors();
        errors.requireAtMost(schedule.cohort(), 100, "cohort");
        errors.require(schedule.name() != null && !schedule.name().isBlank(), "name", "field.required");
        errors.requireAtMost(schedule.name(), 100, "name");
        errors.require(questionnaireExists, "questionnaireCode", "questionnaire.unknown", schedule.questionnaireCode());
        errors.require(anchor(schedule.anchor()) != null, "anchor", "schedule.anchor.unknown", schedule.anchor());
        List<NewSchedule.Point> points = schedule.points() == null ? List.of() : schedule.points();
        errors.require(!points.isEmpty(), "points", "schedule.points.none");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            NewSchedule.Point point = points.get(i);
            String field = "points[" + i + "].";
            if (point == null) {
                errors.add(field + "code", "field.required");
                continue;
            }
            String code = point.code() == null ? "" : point.code().trim().toUpperCase();
            errors.require(code.matches("[A-Z][A-Z0-9]{0,9}"), field + "code", "schedule.point.code");
            errors.require(code.isEmpty() || codes.add(code), field + "code", "schedule.point.duplicate", code);
            errors.require(point.label() != null && !point.label().isBlank(), field + "label", "field.required");
            errors.requireAtMost(point.label(), 100, field + "label");
            within(errors, point.offsetMonths(), 0, 600, field + "offsetMonths");
            within(errors, point.offsetDays() == null ? 0 : point.offsetDays(), -366, 366, field + "offsetDays");
            within(errors, point.windowBeforeDays(), 0, 366, field + "windowBeforeDays");
            within(errors, point.windowAfterDays(), 0, 366, field + "windowAfterDays");
        }
        errors.throwIfAny();
    }

    public static ScheduleAnchor anchor(String text) {
        for (ScheduleAnchor anchor : ScheduleAnchor.values()) {
            if (anchor.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return anchor;
            }
        }
        return null;
    }

    private static void within(FieldErrors errors, Integer value, int min, int max, String field) {
        if (value == null) {
            errors.add(field, "field.required");
        } else {
            errors.require(value >= min && value <= max, field, "schedule.point.range", min, max);
        }
    }
}
