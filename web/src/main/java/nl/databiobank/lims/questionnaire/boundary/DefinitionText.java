package nl.databiobank.lims.questionnaire.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import nl.databiobank.lims.platform.boundary.Messages;

/** Texts of the definitions page, from the {@code definitionmsg} bundle, in the user's language. */
final class DefinitionText {

    private DefinitionText() {
    }

    static String of(String key, Object... arguments) {
        return Messages.textIn("definitionmsg", key, arguments);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, of(key, arguments));
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
