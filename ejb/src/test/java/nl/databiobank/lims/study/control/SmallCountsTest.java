package nl.databiobank.lims.study.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void countsBelowFiveAreNeverShown() {
        for (int n = 0; n < 5; n++) {
            assertEquals("< 5", SmallCounts.shown(n));
        }
        assertEquals("5", SmallCounts.shown(5));
        assertEquals("1234", SmallCounts.shown(1234));
    }
}
