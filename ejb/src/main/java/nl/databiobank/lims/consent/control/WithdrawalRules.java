package nl.databiobank.lims.consent.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import nl.databiobank.lims.consent.boundary.NewWithdrawal;
import nl.databiobank.lims.consent.entity.WithdrawalScope;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.FieldErrors;

/** What a withdrawal must hold: a day not in the future, a scope, known item codes, a reason. */
public final class WithdrawalRules {

    private WithdrawalRules() {
    }

    public static void check(NewWithdrawal request, Participant participant, Set<String> knownItems, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (request.withdrawnOn() == null) {
            errors.add("withdrawnOn", "field.required");
        } else if (request.withdrawnOn().isAfter(today)) {
            errors.add("withdrawnOn", "withdrawal.date.future");
        }
        if (request.scope() == null || request.scope().isBlank()) {
            errors.add("scope", "field.required");
        } else if (Arrays.stream(WithdrawalScope.values()).noneMatch(s -> s.name().equalsIgnoreCase(request.scope().trim()))) {
            errors.add("scope", "withdrawal.scope.unknown", request.scope());
        }
        if (request.items() != null) {
            request.items().stream()
                    .filter(code -> code == null || !knownItems.contains(code.trim().toUpperCase()))
                    .forEach(code -> errors.add("items", "withdrawal.item.unknown", code));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add("reason", "field.required");
        }
        errors.require(!participant.isWithdrawn(), "participant", "withdrawal.alreadyWithdrawn",
                participant.getPseudonym());
        errors.throwIfAny();
    }
}
