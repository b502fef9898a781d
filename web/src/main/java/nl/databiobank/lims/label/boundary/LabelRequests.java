package nl.databiobank.lims.label.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/** What the label resources share: reading the query into {@link LabelOptions}, and the download answer. */
final class LabelRequests {

    private LabelRequests() {
    }

    static LabelOptions options(String layout, String dpi, String start, HttpHeaders headers) {
        return new LabelOptions(layout, number(dpi, "dpi"), number(start, "start"), locale(headers));
    }

    static LabelOptions options(PrintJson body, HttpHeaders headers) {
        return new LabelOptions(body == null ? null : body.layout(), null, null, locale(headers));
    }

    static String printer(PrintJson body) {
        return body == null ? null : body.printer();
    }

    /**
     * The labels as a download: PNG and PDF shown in the browser, ZPL saved as a file. Never
     * cached: a label's content (a layout, a box name) can change.
     */
    static Response download(Rendered rendered) {
        String disposition = rendered.format() == LabelFormat.ZPL ? "attachment" : "inline";
        return Response.ok(rendered.content(), rendered.format().mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + rendered.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Label-Count", rendered.barcodes().size())
                .build();
    }

    /** The language of the sample type's name on a label: Dutch when the client asks for it first. */
    static Locale locale(HttpHeaders headers) {
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

    private static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "label.number.format", text.strip());
        }
    }
}
