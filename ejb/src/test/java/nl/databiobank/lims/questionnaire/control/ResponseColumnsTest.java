package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.databiobank.lims.platform.boundary.FieldError;
import org.junit.jupiter.api.Test;

class ResponseColumnsTest {

    @Test
    void theTemplatesHeaderHasNoProblems() {
        assertEquals(List.of(), ResponseColumns.problems(ResponseImportTemplate.header(Qlqc30.definition()),
                Qlqc30.definition()));
    }

    @Test
    void aMissingColumnAnUnknownOneAnItemTheQuestionnaireLacksAndADuplicateAreNamed() {
        List<FieldError> problems = ResponseColumns.problems(
                List.of("Pseudonym", "Time point", "completed_on", "q1", "Q1", "q31", "remarks"), Qlqc30.definition());

        assertEquals(List.of("q1 questionnaireImport.column.twice", "q31 questionnaire.item.unknown",
                        "remarks questionnaireImport.column.unknown", "questionnaire questionnaireImport.column.missing"),
                problems.stream().map(p -> p.field() + " " + p.key()).toList());
        assertEquals("q1..q30", problems.get(2).arguments()[0]);
    }
}
