package nl.databiobank.lims.security.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static List<String> problems(String username, String password, List<String> roles) {
        FieldErrors errors = new FieldErrors();
        AccountRules.checkUsername(username, errors);
        AccountRules.checkPassword(password, username, errors);
        AccountRules.parseRoles(roles, errors);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    void aGoodAccountPasses() {
        assertEquals(List.of(), problems("j.de-vries", "correct horse battery", List.of("RESEARCHER", "admin")));
    }

    @Test
    void everyBadFieldIsNamed() {
        assertEquals(List.of("username", "password", "roles"), problems("J", "short", List.of()));
        assertEquals(List.of("password", "roles"), problems("jan", "jan", List.of("SURGEON")));
        assertEquals(List.of("password"), problems("janjanjanjanjan", "JANJANJANJANJAN", List.of("ADMIN")));
    }

    @Test
    void messagesExistInDutchAndEnglish() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new FieldErrors().add("password", "user.password.tooShort", 12).throwIfAny());
        assertEquals("Use at least 12 characters.", refused.fieldErrors().get(0).message(Locale.ENGLISH));
        assertEquals("Gebruik ten minste 12 tekens.", refused.fieldErrors().get(0).message(Locale.forLanguageTag("nl")));
        assertDoesNotThrow(() -> new FieldErrors().throwIfAny());
    }

    @Test
    void userNamesAreComparedWithoutCaseOrBlanks() {
        assertEquals("nurse", AccountRules.normalise("  Nurse "));
    }
}
