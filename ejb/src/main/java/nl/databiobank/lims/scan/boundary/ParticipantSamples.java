package nl.databiobank.lims.scan.boundary;

import java.io.Serializable;
import java.util.List;

/** A scanned participant pseudonym: the first of the participant's samples, and how many there are in all. */
public record ParticipantSamples(String pseudonym, List<SampleLine> samples, long total) implements Serializable {

    public ParticipantSamples {
        samples = List.copyOf(samples);
    }
}
