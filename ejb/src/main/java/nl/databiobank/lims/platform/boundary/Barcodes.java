package nl.databiobank.lims.platform.boundary;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.barcode.IdentifierScheme;
import nl.databiobank.lims.barcode.InvalidReason;
import nl.databiobank.lims.barcode.Validation;

/**
 * Reading what was scanned and making new barcodes. A mistyped or misread scan (wrong check
 * character) is refused at once, with a message that says so (rule 1).
 */
public final class Barcodes {

    private Barcodes() {
    }

    /** The identifier scanned into {@code field}, which must be one of {@code accepted}; 400 otherwise. */
    public static Identifier parse(String scanned, String field, BarcodeKind... accepted) {
        Validation validation = IdentifierScheme.ANY.validate(scanned);
        String shown = scanned == null ? "" : scanned.strip();
        if (!validation.isValid()) {
            InvalidReason reason = ((Validation.Invalid) validation).reason();
            throw new InvalidInputException(field, "barcode." + reason.name(), shown);
        }
        Identifier identifier = validation.orElseThrow();
        Set<BarcodeKind> kinds = accepted.length == 0 ? EnumSet.allOf(BarcodeKind.class) : Set.of(accepted);
        BarcodeKind kind = BarcodeKind.ofPrefix(identifier.prefix()).orElse(null);
        if (kind == null || !kinds.contains(kind)) {
            throw new InvalidInputException(field, "barcode.wrongKind", identifier.value(),
                    Arrays.stream(accepted).map(BarcodeKind::name).map(String::toLowerCase)
                            .collect(Collectors.joining(", ")));
        }
        return identifier;
    }

    /** What a valid scan names; {@link #parse} first. */
    public static BarcodeKind kindOf(Identifier identifier) {
        return BarcodeKind.ofPrefix(identifier.prefix()).orElseThrow();
    }

    /** {@code count} new barcodes of {@code kind}, from its database sequence: never handed out before. */
    public static List<String> next(EntityManager em, BarcodeKind kind, int count) {
        if (count < 1) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> numbers = em.createNativeQuery("SELECT nextval('" + kind.sequence()
                + "') FROM generate_series(1, ?1)").setParameter(1, count).getResultList();
        return numbers.stream()
                .mapToLong(Number::longValue)
                .mapToObj(number -> Identifier.of(kind.prefix(), number, kind.digits()).value())
                .toList();
    }

    /** One new barcode of {@code kind}. */
    public static String next(EntityManager em, BarcodeKind kind) {
        return next(em, kind, 1).get(0);
    }
}
