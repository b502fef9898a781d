package nl.databiobank.lims.questionnaire.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.ImportRowError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.control.SheetRow;
import nl.databiobank.lims.platform.control.XlsxSheetReader;
import nl.databiobank.lims.questionnaire.entity.ParticipantTimePoint;

/**
 * Checks a sheet of responses to one questionnaire row by row as the reader hands the rows over, and
 * keeps every problem (row, column, message key) and every acceptable row. The rules of a single
 * response are {@link ResponseRules}'; the sheet adds its own: the participant and their time point
 * must exist, the time point must ask for this questionnaire and be unanswered, and a file gives a
 * time point at most one row. Looking things up is the caller's (the database), so the rules stay
 * testable without one.
 */
public final class ResponseImportCheck implements XlsxSheetReader.Listener {

    /** What the check needs to know of the database. */
    public interface Lookup {

        boolean participantExists(String pseudonym);

        /** The participant's time point with this code, with its response if it has one. */
        Optional<ParticipantTimePoint> timePoint(String pseudonym, String pointCode);
    }

    /** A row that passed every rule, to be saved as it is. */
    public record Accepted(int row, ParticipantTimePoint timePoint, LocalDate completedOn,
                           Map<Integer, Integer> answers) {
    }

    private final ScoringDefinition definition;
    private final Lookup lookup;
    private final LocalDate today;
    private final int maxRows;
    private final List<ImportRowError> errors = new ArrayList<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private final Map<String, Integer> rowOfTimePoint = new HashMap<>();
    private boolean headerComplete;
    private int rows;

    public ResponseImportCheck(ScoringDefinition definition, Lookup lookup, LocalDate today, int maxRows) {
        this.definition = definition;
        this.lookup = lookup;
        this.today = today;
        this.maxRows = maxRows;
    }

    public List<ImportRowError> errors() {
        return errors;
    }

    public List<Accepted> accepted() {
        return accepted;
    }

    @Override
    public void header(List<String> columns) {
        ResponseColumns.problems(columns, definition).forEach(problem -> errors.add(ImportRowError.of(1, problem)));
        headerComplete = errors.isEmpty();
    }

    /** @throws InvalidInputException (field {@code file}) on the row past the limit: reading stops there */
    @Override
    public void row(SheetRow sheetRow) {
        if (++rows > maxRows) {
            throw new InvalidInputException("file", "questionnaireImport.file.tooManyRows", maxRows);
        }
        if (!headerComplete) {
            return;
        }
        ResponseRow row = ResponseRow.of(sheetRow);
        Map<String, FieldError> problems = new LinkedHashMap<>();
        Optional<ParticipantTimePoint> timePoint = timePointOf(row, problems);
        if (timePoint.isPresent()) {
            ResponseRules.problems(timePoint.get(), row.completedOn(), row.answers(), definition, today)
                    .forEach(problem -> add(problems, problem));
        } else {
            if (row.completedOn() == null) {
                add(problems, new FieldError("completedOn", "field.required"));
            }
            ResponseRules.answerProblems(row.answers(), definition).forEach(problem -> add(problems, problem));
        }
        if (problems.isEmpty()) {
            accepted.add(new Accepted(row.number(), timePoint.orElseThrow(), row.completedOn(), row.answers()));
        } else {
            problems.values().forEach(problem -> errors.add(ImportRowError.of(row.number(), problem)));
        }
    }

    /** The time point the row answers, if it can be found and may be answered; else its problems. */
    private Optional<ParticipantTimePoint> timePointOf(ResponseRow row, Map<String, FieldError> problems) {
        row.unreadable().forEach(problem -> problems.putIfAbsent(problem.field(), problem));
        boolean otherQuestionnaire = questionnaireProblem(row, problems);
        if (row.pointCode() == null) {
            add(problems, new FieldError(ResponseColumns.TIME_POINT, "field.required"));
        }
        if (row.pseudonym() == null) {
            add(problems, new FieldError(ResponseColumns.PSEUDONYM, "field.required"));
            return Optional.empty();
        }
        if (!lookup.participantExists(row.pseudonym())) {
            add(problems, new FieldError(ResponseColumns.PSEUDONYM, "participant.unknown", row.pseudonym()));
            return Optional.empty();
        }
        if (row.pointCode() == null || otherQuestionnaire) {
            return Optional.empty();
        }
        Optional<ParticipantTimePoint> found = lookup.timePoint(row.pseudonym(), row.pointCode());
        if (found.isEmpty()) {
            add(problems, new FieldError(ResponseColumns.TIME_POINT, "questionnaire.timePoint.unknown",
                    row.pointCode()));
            return Optional.empty();
        }
        ParticipantTimePoint timePoint = found.get();
        Integer earlierRow = rowOfTimePoint.putIfAbsent(row.pseudonym() + "/" + row.pointCode(), row.number());
        if (!timePoint.getQuestionnaireCode().equalsIgnoreCase(definition.code())) {
            add(problems, new FieldError(ResponseColumns.QUESTIONNAIRE, "questionnaireImport.questionnaire.notTimePoints",
                    timePoint.getPointCode(), timePoint.getQuestionnaireCode()));
        } else if (earlierRow != null) {
            add(problems, new FieldError(ResponseColumns.TIME_POINT, "questionnaireImport.timePoint.twice",
                    timePoint.getPointCode(), earlierRow));
        } else if (timePoint.getResponse().isPresent()) {
            add(problems, new FieldError(ResponseColumns.TIME_POINT, "questionnaire.response.exists",
                    timePoint.getPointCode()));
        } else {
            return found;
        }
        return Optional.empty();
    }

    /** Whether the row names another questionnaire than the one the file is for (reported as such). */
    private boolean questionnaireProblem(ResponseRow row, Map<String, FieldError> problems) {
        if (row.questionnaire() == null) {
            add(problems, new FieldError(ResponseColumns.QUESTIONNAIRE, "field.required"));
            return false;
        }
        if (!row.questionnaire().equalsIgnoreCase(definition.code())) {
            add(problems, new FieldError(ResponseColumns.QUESTIONNAIRE, "questionnaireImport.questionnaire.notThisFile",
                    row.questionnaire(), definition.code()));
            return true;
        }
        return false;
    }

    /** At most one problem per column, the first found: an unreadable cell says more than "missing". */
    private void add(Map<String, FieldError> problems, FieldError problem) {
        String column = column(problem.field());
        problems.putIfAbsent(column, new FieldError(column, problem.key(), problem.arguments()));
    }

    private String column(String field) {
        if (field.startsWith("answers.")) {
            return ResponseColumns.itemColumn(Integer.parseInt(field.substring("answers.".length())));
        }
        return switch (field) {
            case "completedOn" -> ResponseColumns.COMPLETED_ON;
            case "answers" -> ResponseColumns.itemRange(definition);
            default -> field;
        };
    }
}
