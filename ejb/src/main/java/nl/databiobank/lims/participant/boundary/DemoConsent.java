package nl.databiobank.lims.participant.boundary;

import java.time.LocalDate;
import java.util.Set;

/** A demo consent on the seeded form: signed on a day, yes to every item except those refused. */
record DemoConsent(LocalDate signedOn, Set<String> refused) {

    static DemoConsent yesToEverything(LocalDate signedOn) {
        return new DemoConsent(signedOn, Set.of());
    }
}
