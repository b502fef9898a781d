package nl.databiobank.lims.study.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateSelectionTest {

    private static final Instant DAY = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void firstInFirstOutOnePerParticipant() {
        List<Candidate> candidates = List.of(tube(1, 30, 3, 1L), tube(2, 10, 1, 1L), tube(3, 20, 2, 1L),
                tube(4, 11, 1, 2L));
        assertEquals(List.of(2L, 3L), ids(CandidateSelection.choose(candidates, 2, 1)));
    }

    @Test
    void aParticipantsTubesComeFromBoxesAlreadyOnTheList() {
        List<Candidate> candidates = List.of(tube(1, 1, 1, 10L), tube(2, 2, 2, 20L), tube(3, 3, 2, 10L));
        assertEquals(List.of(1L, 3L), ids(CandidateSelection.choose(candidates, 2, 1)),
                "participant 2's later tube in box 10 rather than its earlier one in box 20");
    }

    @Test
    void participantsWithTooFewTubesAreSkippedAndNoMoreThanAskedAreTaken() {
        List<Candidate> candidates = List.of(tube(1, 1, 1, 1L), tube(2, 2, 2, 1L), tube(3, 3, 2, 1L),
                tube(4, 4, 3, 1L), tube(5, 5, 3, 1L), tube(6, 6, 4, 1L), tube(7, 7, 4, 1L));
        assertEquals(List.of(2L, 3L, 4L, 5L), ids(CandidateSelection.choose(candidates, 2, 2)));
        assertEquals(List.of(), CandidateSelection.choose(candidates, 0, 1));
    }

    private static Candidate tube(long id, int minutes, long participant, Long box) {
        return new Candidate(id, "S" + id, participant, DAY.plusSeconds(60L * minutes), box);
    }

    private static List<Long> ids(List<Candidate> chosen) {
        return chosen.stream().map(Candidate::sampleId).toList();
    }
}
