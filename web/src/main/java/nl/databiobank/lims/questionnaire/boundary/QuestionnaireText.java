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

    /** A message that survives the redirect after a successful save (post-redirect-get). */
    static void flashInfo(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, of(key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
