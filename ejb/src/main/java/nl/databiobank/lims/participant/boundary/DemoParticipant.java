package nl.databiobank.lims.participant.boundary;

import java.util.List;
import java.util.Optional;
import nl.databiobank.lims.consent.boundary.NewWithdrawal;

/**
 * One invented participant of the demo biobank: the enrolment, the consents in the order they were
 * signed (a later one supersedes an earlier one), and the withdrawal if the story has one.
 */
record DemoParticipant(NewParticipant enrolment, List<DemoConsent> consents, Optional<NewWithdrawal> withdrawal) {
}
