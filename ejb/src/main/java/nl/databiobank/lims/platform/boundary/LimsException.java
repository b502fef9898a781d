package nl.databiobank.lims.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A request that cannot be carried out, for a reason its user can act on. Rolls the transaction
 * back, so a refused request changes nothing. The message is a key in the {@code errors}
 * bundle next to this class, so the same rule speaks Dutch or English to whoever asked.
 */
@ApplicationException(rollback = true)
public abstract class LimsException extends RuntimeException {

    private static final String BUNDLE = "nl.databiobank.lims.platform.boundary.errors";

    private final String key;
    private final Object[] arguments;

    protected LimsException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    public String key() {
        return key;
    }

    /** What the message names (a barcode, the reason codes, ...), for a page that says it in its own words. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The problems with single fields, if the request had any; empty otherwise. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    public String message(Locale locale) {
        return format(locale, key, arguments);
    }

    public static String format(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(shown(bundle, arguments));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An enum argument in the reader's words where the bundle has them ("enum.RequestStatus.DRAFT"), else its name. */
    private static Object[] shown(ResourceBundle bundle, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> value) {
                String name = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
                shown[i] = bundle.containsKey(name) ? bundle.getString(name) : value.name();
            }
        }
        return shown;
    }
}
