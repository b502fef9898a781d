package nl.databiobank.lims.study.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes which candidates to allocate: first in, first out (the participants whose material was
 * collected earliest), so many tubes per participant as asked, and among a participant's tubes
 * those in boxes already on the pick list, so that as few boxes as possible must come out.
 */
public final class CandidateSelection {

    private CandidateSelection() {
    }

    public static List<Candidate> choose(List<Candidate> candidates, int participants, int perParticipant) {
        Map<Long, List<Candidate>> byParticipant = new LinkedHashMap<>();
        candidates.stream()
                .sorted(Comparator.comparing(Candidate::collectedAt).thenComparing(Candidate::sampleId))
                .forEach(c -> byParticipant.computeIfAbsent(c.participantId(), p -> new ArrayList<>()).add(c));
        List<Candidate> chosen = new ArrayList<>();
        Set<Long> boxes = new HashSet<>();
        for (List<Candidate> own : byParticipant.values()) {
            if (chosen.size() >= participants * perParticipant || own.size() < perParticipant) {
                continue;
            }
            List<Candidate> ordered = new ArrayList<>(own);
            ordered.sort(Comparator.comparing((Candidate c) -> !boxes.contains(c.boxId()))
                    .thenComparing(Candidate::collectedAt).thenComparing(Candidate::sampleId));
            List<Candidate> taken = ordered.subList(0, perParticipant);
            taken.forEach(c -> boxes.add(c.boxId()));
            chosen.addAll(taken);
        }
        return chosen;
    }
}
