package nl.databiobank.lims.sample.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.sample.entity.QuantityUnit;

/**
 * What the lab's pages share: their texts from the {@code samplemsg} bundle, refusals shown beside
 * the field they are about (also in table rows, which {@code Messages.refused} cannot reach), and
 * moments in the lab's own time, to the minute, as technicians read and type them.
 */
@Named("labPage")
@ApplicationScoped
public class LabPageView {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The zone the lab works in: the server's, as the services read a collection's day. */
    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** A moment as the lab reads it: {@code 2026-11-20 09:30}, in the lab's zone. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone()));
    }

    /** A quantity without trailing zeros and its unit: {@code 4.5 mL}. */
    public String quantity(BigDecimal quantity, QuantityUnit unit) {
        if (quantity == null) {
            return "";
        }
        String number = quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
        return unit == null ? number : number + " " + unit.symbol();
    }

    /**
     * A number as typed, with a decimal point or (Dutch) comma; null when blank.
     *
     * @throws NumberFormatException when it is no number
     */
    public static BigDecimal number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replace(" ", "");
        if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
            plain = plain.replace(',', '.');
        }
        return new BigDecimal(plain);
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    public static String text(String key, Object... arguments) {
        return Messages.textIn("samplemsg", key, arguments);
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** An error already in words, e.g. a refusal's own message. */
    public static void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Shows a refused request: each field's message beside the component {@code clientIds} names for
     * the field, and what names no component (or has no field) beside {@code fallback} (null: at the top).
     */
    public static void refused(LimsException exception, Function<String, String> clientIds, String fallback) {
        Locale locale = locale();
        if (exception.fieldErrors().isEmpty()) {
            add(fallback, FacesMessage.SEVERITY_ERROR, exception.message(locale));
        }
        for (FieldError error : exception.fieldErrors()) {
            String clientId = clientIds.apply(error.field());
            add(clientId == null ? fallback : clientId, FacesMessage.SEVERITY_ERROR, error.message(locale));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        if (clientId != null && severity == FacesMessage.SEVERITY_ERROR) {
            markInvalid(faces, clientId);
        }
    }

    /**
     * The input a refusal is about shows it (red border) and gets the focus ({@code p:focus}); in a
     * table row too, which only {@code invokeOnComponent} reaches.
     */
    private static void markInvalid(FacesContext faces, String clientId) {
        try {
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                if (component instanceof EditableValueHolder input) {
                    input.setValid(false);
                }
            });
        } catch (FacesException notThere) {
            // the message still shows; only the border is missing
        }
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
