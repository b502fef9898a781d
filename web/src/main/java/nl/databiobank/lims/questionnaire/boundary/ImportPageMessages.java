package nl.databiobank.lims.questionnaire.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of the questionnaire import and export pages, from their own bundle {@code questionnaireimportmsg}. */
final class ImportPageMessages {

    static final String BUNDLE = "questionnaireimportmsg";

    private ImportPageMessages() {
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, BUNDLE);
        String text = new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
