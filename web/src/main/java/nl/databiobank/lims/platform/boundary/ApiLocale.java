package nl.databiobank.lims.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an API answer: Dutch when the client asks for it first, English otherwise. */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if ("nl".equals(locale.getLanguage())) {
                    return Locale.forLanguageTag("nl");
                }
                if ("en".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
