package nl.databiobank.lims.participant.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipantAgesTest {

    @Test
    void completedYearsOnly() {
        LocalDate born = LocalDate.of(1958, 6, 15);
        assertEquals(68, ParticipantAges.yearsBetween(born, LocalDate.of(2026, 10, 1)));
        assertEquals(67, ParticipantAges.yearsBetween(born, LocalDate.of(2026, 6, 14)), "the day before the birthday");
        assertEquals(68, ParticipantAges.yearsBetween(born, LocalDate.of(2026, 6, 15)), "on the birthday");
        assertEquals(3, ParticipantAges.yearsBetween(LocalDate.of(2000, 2, 29), LocalDate.of(2004, 2, 28)),
                "a leap-day child is 3 on 28 February 2004");
    }
}
