package nl.databiobank.lims.consent.boundary;

import java.util.List;

/**
 * What a withdrawal would do, shown to the nurse before she confirms it.
 *
 * @param itemsTakenBack   the items of the current consent that were yes and will no longer be used
 * @param endsParticipation whether the participant's status becomes withdrawn
 * @param destroysMaterial whether destruction tasks follow for the stored material
 */
public record WithdrawalImpact(String pseudonym, List<String> itemsTakenBack, boolean endsParticipation,
                               boolean destroysMaterial) {
}
