package nl.databiobank.lims.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Mod37_2Test {

    @Test
    void publishedWorkedExample() {
        assertEquals('H', Mod37_2.checkCharacter("G123498654321"));
        assertTrue(Mod37_2.isValid("G123498654321H"));
    }

    /** Every data character replaced by every other, and the check character by every other. */
    @ParameterizedTest
    @ValueSource(strings = {"G123498654321", "P000123", "S000012345", "BOX0000777", "ZZ99"})
    void everySingleSubstitutionIsDetected(String data) {
        String valid = data + Mod37_2.checkCharacter(data);
        int substitutions = 0;
        for (int i = 0; i < valid.length(); i++) {
            String alphabet = i == valid.length() - 1 ? Mod37_2.ALPHABET : Mod37_2.ALPHABET.substring(0, 36);
            for (char c : alphabet.toCharArray()) {
                if (c != valid.charAt(i)) {
                    String typo = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertFalse(Mod37_2.isValid(typo), typo);
                    substitutions++;
                }
            }
        }
        assertEquals((valid.length() - 1) * 35 + 36, substitutions);
    }

    /** Every swap of two different neighbours, the check character included. */
    @ParameterizedTest
    @ValueSource(strings = {"G123498654321", "P000123", "S000012345", "BOX0000777", "ZZ99"})
    void everyAdjacentTranspositionIsDetected(String data) {
        String valid = data + Mod37_2.checkCharacter(data);
        for (int i = 0; i < valid.length() - 1; i++) {
            if (valid.charAt(i) != valid.charAt(i + 1)) {
                String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
                assertFalse(Mod37_2.isValid(swapped), swapped);
            }
        }
    }

    @Test
    void illegalCharactersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Mod37_2.checkCharacter("AB-1"));
        assertThrows(IllegalArgumentException.class, () -> Mod37_2.checkCharacter("ab1"));
        assertThrows(IllegalArgumentException.class, () -> Mod37_2.checkCharacter(""));
        assertFalse(Mod37_2.isValid("AB-1X"));
        assertFalse(Mod37_2.isValid(""));
        assertFalse(Mod37_2.isValid(null));
    }
}
