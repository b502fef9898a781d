package nl.databiobank.lims.scan.boundary;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.LimsException;

/** Texts of the lab pages, from the {@code labmsg} bundle, and refusals of the services, in the user's language. */
final class LabText {

    private LabText() {
    }

    static String of(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "labmsg");
        try {
            return new MessageFormat(bundle.getString(key), locale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** What a refusal says: each field's message for a 400 (say, the wrong check character), else its own. */
    static String of(LimsException refusal) {
        Locale locale = locale();
        return refusal.fieldErrors().isEmpty() ? refusal.message(locale)
                : refusal.fieldErrors().stream().map(error -> error.message(locale)).collect(Collectors.joining(" "));
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
