package nl.databiobank.lims.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierSchemeTest {

    private final IdentifierScheme samples = IdentifierScheme.of(9, "S", "B");

    @Test
    void buildsThePublishedWorkedExample() {
        Identifier identifier = Identifier.of("G", 123498654321L);
        assertEquals("G123498654321H", identifier.value());
        assertEquals(123498654321L, identifier.number());
    }

    @Test
    void buildPadsTheNumberToTheSchemesWidth() {
        Identifier identifier = samples.build("s", 42);
        assertEquals("S", identifier.prefix());
        assertEquals("000000042", identifier.digits());
        assertTrue(Mod37_2.isValid(identifier.value()));
    }

    @Test
    void buildRefusesUnknownPrefixesAndNumbersThatDoNotFit() {
        InvalidIdentifierException wrongPrefix = assertThrows(InvalidIdentifierException.class, () -> samples.build("X", 1));
        assertEquals(InvalidReason.WRONG_PREFIX, wrongPrefix.reason());
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class, () -> samples.build("S", 1_000_000_000L));
        assertTrue(tooBig.getMessage().contains("does not fit in 9 digits"), tooBig.getMessage());
        assertThrows(IllegalArgumentException.class, () -> samples.build("S", -1));
        assertThrows(IllegalArgumentException.class, () -> Identifier.of("TOOLONG", 1));
    }

    @Test
    void toleratesCaseAndTheWhitespaceOfKeyboardWedgeScanners() {
        String value = samples.build("S", 12345).value();
        Validation validation = samples.validate("  " + value.toLowerCase() + "\r\n");
        assertTrue(validation.isValid());
        assertEquals(value, validation.orElseThrow().value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\r\n"})
    void nothingScannedIsEmpty(String scanned) {
        assertReason(InvalidReason.EMPTY, scanned);
    }

    @Test
    void illegalCharactersAreNamedWithTheirPosition() {
        Validation.Invalid invalid = assertReason(InvalidReason.ILLEGAL_CHARACTER, "S0000-1234X");
        assertTrue(invalid.message().contains("'-' at position 6"), invalid.message());
        assertReason(InvalidReason.ILLEGAL_CHARACTER, "S000 012345");
        // '*' is a check character only, never data.
        assertReason(InvalidReason.ILLEGAL_CHARACTER, "S*000123451");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "S", "SAMPLE1234X", "S12AB3"})
    void stringsThatAreNoPrefixNumberAndCheckAreMalformed(String scanned) {
        assertReason(InvalidReason.MALFORMED, scanned);
    }

    @Test
    void aMistypedIdentifierHasTheWrongCheckCharacter() {
        String value = samples.build("S", 12345).value();
        String typo = value.substring(0, 5) + (value.charAt(5) == '9' ? '8' : '9') + value.substring(6);
        Validation.Invalid invalid = assertReason(InvalidReason.WRONG_CHECK_CHARACTER, typo);
        assertTrue(invalid.message().contains("mistyped or misread"), invalid.message());
    }

    @Test
    void anotherKindOfIdentifierHasTheWrongPrefix() {
        String box = IdentifierScheme.of(9, "R").build("R", 7).value();
        Validation.Invalid invalid = assertReason(InvalidReason.WRONG_PREFIX, box);
        assertTrue(invalid.message().contains("expected B or S"), invalid.message());
    }

    @Test
    void aNumberOfAnotherWidthHasTheWrongLength() {
        assertReason(InvalidReason.WRONG_LENGTH, Identifier.of("S", 12345).value());
    }

    @Test
    void parseThrowsWithTheReason() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> samples.parse("S000012345?"));
        assertEquals(InvalidReason.ILLEGAL_CHARACTER, e.reason());
        assertEquals(Identifier.of("G", 123498654321L), Identifier.parse("g123498654321h"));
    }

    @Test
    void anySchemeAcceptsEveryWellFormedIdentifier() {
        assertTrue(IdentifierScheme.ANY.validate("G123498654321H").isValid());
        assertTrue(IdentifierScheme.ANY.validate(Identifier.of("ABCD", 0).value()).isValid());
        assertFalse(IdentifierScheme.ANY.validate("G123498654321J").isValid());
    }

    @Test
    void anIdentifierCannotBeMadeWithAWrongCheckCharacter() {
        assertThrows(InvalidIdentifierException.class, () -> new Identifier("G", "123498654321", 'J'));
    }

    private Validation.Invalid assertReason(InvalidReason expected, String scanned) {
        Validation validation = samples.validate(scanned);
        Validation.Invalid invalid = assertInstanceOfInvalid(validation, scanned);
        assertEquals(expected, invalid.reason(), invalid.message());
        assertFalse(invalid.message().isBlank());
        return invalid;
    }

    private static Validation.Invalid assertInstanceOfInvalid(Validation validation, String scanned) {
        assertFalse(validation.isValid(), "'" + scanned + "' should be invalid");
        return (Validation.Invalid) validation;
    }
}
