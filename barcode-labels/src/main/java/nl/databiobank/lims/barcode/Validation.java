package nl.databiobank.lims.barcode;

import java.util.Optional;

/** The outcome of checking a scanned string: the identifier, or the reason it is not one. */
public sealed interface Validation permits Validation.Valid, Validation.Invalid {

    boolean isValid();

    /** The identifier when valid. */
    Optional<Identifier> identifier();

    /** The identifier, or an {@link InvalidIdentifierException} carrying the reason. */
    Identifier orElseThrow();

    /** A string that is a valid identifier for the scheme that checked it. */
    record Valid(Identifier value) implements Validation {
        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public Optional<Identifier> identifier() {
            return Optional.of(value);
        }

        @Override
        public Identifier orElseThrow() {
            return value;
        }
    }

    /** A string that is not; {@code message} is fit to show to the person who scanned it. */
    record Invalid(InvalidReason reason, String message) implements Validation {
        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Optional<Identifier> identifier() {
            return Optional.empty();
        }

        @Override
        public Identifier orElseThrow() {
            throw new InvalidIdentifierException(reason, message);
        }
    }
}
