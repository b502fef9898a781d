package nl.databiobank.lims.questionnaire.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the questionnaire pages, from the {@code questionnairemsg} bundle, in the user's language. */
final class QuestionnaireText {

    private QuestionnaireText() {
    }

    static String of(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "questionnairemsg");
        try {
            return new MessageFormat(bundle.getString(key), locale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
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
