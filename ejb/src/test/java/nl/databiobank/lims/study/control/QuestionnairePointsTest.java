package nl.databiobank.lims.study.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnairePointsTest {

    @Test
    void baselineIsT0AndMonthsAreThemselvesOrTheStandardYears() {
        assertEquals(List.of("T0"), QuestionnairePoints.forCollection("BASELINE"));
        assertEquals(List.of("M3"), QuestionnairePoints.forCollection("M3"));
        assertEquals(List.of("M24"), QuestionnairePoints.forCollection("M24"));
        assertEquals(List.of("M36", "Y3"), QuestionnairePoints.forCollection("M36"));
        assertEquals(List.of("M120", "Y10"), QuestionnairePoints.forCollection("M120"));
        assertEquals(List.of(), QuestionnairePoints.forCollection("UNSCHEDULED"));
        assertEquals(List.of(), QuestionnairePoints.forCollection(null));
    }
}
