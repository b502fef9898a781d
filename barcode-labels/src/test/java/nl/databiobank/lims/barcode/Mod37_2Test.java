package nl.databiobank.lims.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Mod37_2Test {

    @Test
    void publishedWorkedExample() {
        assertEquals('H', Mod37_2.checkCharacter("G123498654321"));
        assertTrue(Mod37_2.isValid("G123498654321H"));
    }

    @Test
    void everySingleSubstitutionIsDetected() {
        String valid = "G123498654321H";
        for (int i = 0; i < valid.length() - 1; i++) {
            for (char c : Mod37_2.ALPHABET.substring(0, 36).toCharArray()) {
                if (c != valid.charAt(i)) {
                    String typo = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertFalse(Mod37_2.isValid(typo), typo);
                }
            }
        }
    }

    @Test
    void everyAdjacentTranspositionIsDetected() {
        String valid = "P000123" + Mod37_2.checkCharacter("P000123");
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
        assertFalse(Mod37_2.isValid("AB-1X"));
        assertFalse(Mod37_2.isValid(""));
    }
}
