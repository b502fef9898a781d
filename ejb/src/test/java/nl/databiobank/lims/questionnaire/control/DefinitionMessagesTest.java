package nl.databiobank.lims.questionnaire.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.databiobank.lims.platform.boundary.LimsException;
import org.junit.jupiter.api.Test;

/**
 * Every message key a definition can be refused with says something in Dutch and in English, and its
 * pattern formats (a broken choice pattern would turn a 409 into a 500).
 */
class DefinitionMessagesTest {

    @Test
    void everyKeyIsTranslatedAndFormats() throws IllegalAccessException {
        List<String> keys = new ArrayList<>(List.of("questionnaire.inUse", "questionnaire.inUse.meanwhile",
                "questionnaire.definition.unknown", "questionnaire.definition.versionTaken"));
        keys.addAll(constants(DefinitionCheck.class));
        keys.addAll(constants(DefinitionReader.class));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            for (String key : keys) {
                for (Object count : List.of(1L, 12L)) {
                    String message = LimsException.format(locale, key, 30L, 3L, count, 4L);
                    assertNotEquals(key, message, () -> key + " is not translated for " + locale);
                    assertFalse(message.isBlank(), key);
                }
            }
        }
    }

    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }
}
