package nl.databiobank.lims.platform.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: the browser's, if Dutch or English, until the user switches. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces.getApplication().getViewHandler().calculateLocale(faces);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void switchTo(String language) {
        locale = Locale.forLanguageTag("nl".equals(language) ? "nl" : "en");
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
