package nl.databiobank.lims.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages for the pages, from the {@code msg} bundle or from a refused request, in the user's language. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        return textIn("msg", key, arguments);
    }

    /** A text of the page bundle known to the pages as {@code bundleVar} (labmsg, schedulemsg, ...). */
    public static String textIn(String bundleVar, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, bundleVar);
        return new MessageFormat(bundle.getString(key), locale()).format(arguments);
    }

    public static void infoIn(String bundleVar, String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, textIn(bundleVar, key, arguments));
    }

    /** As {@link #infoIn}, surviving the redirect after a successful action (post-redirect-get). */
    public static void flashInfoIn(String bundleVar, String key, Object... arguments) {
        infoIn(bundleVar, key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void errorIn(String bundleVar, String key, Object... arguments) {
        errorText(textIn(bundleVar, key, arguments));
    }

    /** An error at the top of the page, already in the user's language. */
    public static void errorText(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** A message that survives the redirect after a successful action (post-redirect-get). */
    public static void flashInfo(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a refused request: each field's message beside its input ({@code formId:field}),
     * or at the top when the field has no input on this page.
     */
    public static void refused(LimsException exception, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (exception.fieldErrors().isEmpty()) {
            add(null, FacesMessage.SEVERITY_ERROR, exception.message(locale()));
            return;
        }
        for (FieldError error : exception.fieldErrors()) {
            String clientId = formId + ":" + error.field();
            boolean onPage = isOnPage(faces, clientId);
            add(onPage ? clientId : null, FacesMessage.SEVERITY_ERROR, error.message(locale()));
        }
        faces.validationFailed();
    }

    // invokeOnComponent, unlike findComponent, also finds an input in a row of a table (form:table:2:code)
    private static boolean isOnPage(FacesContext faces, String clientId) {
        boolean[] found = {false};
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> found[0] = true);
        return found[0];
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** The language the user reads the pages in. */
    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
