package nl.databiobank.lims.questionnaire.boundary;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import nl.databiobank.lims.platform.boundary.Messages;

/** Texts of the questionnaire pages, from the {@code questionnairemsg} bundle, in the user's language. */
final class QuestionnaireText {

    private static final String BUNDLE = "questionnairemsg";

    private QuestionnaireText() {
    }

    static String of(String key, Object... arguments) {
        return Messages.textIn(BUNDLE, key, arguments);
    }

    /** A message that survives the redirect after a successful save (post-redirect-get). */
    static void flashInfo(String key, Object... arguments) {
        Messages.infoIn(BUNDLE, key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
