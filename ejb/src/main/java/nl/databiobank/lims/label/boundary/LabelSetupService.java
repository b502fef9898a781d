package nl.databiobank.lims.label.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.barcode.label.LabelLayout;
import nl.databiobank.lims.barcode.label.zpl.PrinterResolution;
import nl.databiobank.lims.barcode.symbol.Symbology;
import nl.databiobank.lims.label.control.LabelContent;
import nl.databiobank.lims.label.control.LabelFitting;
import nl.databiobank.lims.label.entity.LabelLayoutDefinition;
import nl.databiobank.lims.label.entity.LabelPrinter;
import nl.databiobank.lims.label.entity.LabelPurpose;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;

/**
 * Label layouts and label printers: read by whoever prints labels, added and changed by an ADMIN
 * (a change takes a reason). A layout is saved only when the longest barcode of its purpose fits
 * on it, readably, at 203 and at 300 dpi; each purpose keeps exactly one default layout.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ADMIN})
public class LabelSetupService {

    /** Symbologies barcode-labels lays out on a label. */
    static final List<Symbology> LABEL_SYMBOLOGIES = List.of(Symbology.DATA_MATRIX, Symbology.CODE_128);
    /** Their names, as a layout takes them. */
    public static final List<String> SYMBOLOGIES = LABEL_SYMBOLOGIES.stream().map(Enum::name).toList();
    static final int MAX_NAME = 100;
    static final int MAX_HOST = 255;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<LabelLayoutDefinition> layouts() {
        return em.createNamedQuery(LabelLayoutDefinition.ALL, LabelLayoutDefinition.class).getResultList();
    }

    public Optional<LabelLayoutDefinition> findLayout(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(LabelLayoutDefinition.BY_NAME, LabelLayoutDefinition.class)
                .setParameter("name", name.strip()).getResultStream().findFirst();
    }

    /** 404 when there is no layout of that name. */
    public LabelLayoutDefinition layout(String name) {
        return findLayout(name).orElseThrow(() -> new UnknownEntityException("label.layout.unknown", String.valueOf(name)));
    }

    public Optional<LabelLayoutDefinition> defaultLayout(LabelPurpose purpose) {
        return em.createNamedQuery(LabelLayoutDefinition.DEFAULT_FOR, LabelLayoutDefinition.class)
                .setParameter("purpose", purpose).getResultStream().findFirst();
    }

    /**
     * How many text lines a label of this layout's purpose keeps on it (sample labels have four);
     * 0 when not even the barcode fits, which saving a layout prevents.
     */
    public int linesThatFit(LabelLayoutDefinition layout) {
        try {
            return LabelFitting.linesThatFit(LabelContent.specimen(layout.getPurpose()), layout.toLayout(),
                    PrinterResolution.DPI_203.dpi());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public LabelLayoutDefinition addLayout(NewLabelLayout request) {
        FieldErrors errors = new FieldErrors();
        LabelPurpose purpose = purpose(request.purpose(), errors);
        LabelLayout layout = checkLayout(request, purpose, errors);
        errors.throwIfAny();
        String name = request.name().strip();
        if (findLayout(name).isPresent()) {
            throw new ConflictException("label.layout.exists", name);
        }
        LabelLayoutDefinition definition = new LabelLayoutDefinition(name, purpose, layout);
        definition.setActive(!Boolean.FALSE.equals(request.active()));
        if (Boolean.TRUE.equals(request.defaultLayout())) {
            new FieldErrors().require(definition.isActive(), "active", "label.layout.defaultInactive").throwIfAny();
            stepDownDefault(purpose, null, name);
            definition.setDefaultLayout(true);
        }
        em.persist(definition);
        UniqueConstraints.flush(em, "label.layout.exists", name);
        return definition;
    }

    @RolesAllowed(Roles.ADMIN)
    public LabelLayoutDefinition updateLayout(String currentName, NewLabelLayout request, String reason) {
        LabelLayoutDefinition definition = layout(currentName);
        FieldErrors errors = new FieldErrors();
        requireReason(reason, errors);
        LabelPurpose purpose = purpose(request.purpose(), errors);
        LabelLayout layout = checkLayout(request, purpose, errors);
        boolean active = !Boolean.FALSE.equals(request.active());
        boolean makeDefault = Boolean.TRUE.equals(request.defaultLayout());
        if (definition.isDefaultLayout()) {
            // Each purpose keeps a default: another layout is made the default instead.
            errors.require(makeDefault, "defaultLayout", "label.layout.defaultRequired", definition.getPurpose());
            errors.require(purpose == null || purpose == definition.getPurpose(), "purpose",
                    "label.layout.defaultRequired", definition.getPurpose());
        }
        errors.require(active || !makeDefault, "active", "label.layout.defaultInactive");
        errors.throwIfAny();
        String name = request.name().strip();
        findLayout(name).filter(other -> !other.getId().equals(definition.getId())).ifPresent(other -> {
            throw new ConflictException("label.layout.exists", name);
        });
        audit.because(reason.strip());
        if (makeDefault && !definition.isDefaultLayout()) {
            stepDownDefault(purpose, definition, name);
        }
        definition.describe(name, layout);
        definition.setPurpose(purpose);
        definition.setActive(active);
        definition.setDefaultLayout(makeDefault);
        UniqueConstraints.flush(em, "label.layout.exists", name);
        return definition;
    }

    public List<LabelPrinter> printers() {
        return em.createNamedQuery(LabelPrinter.ALL, LabelPrinter.class).getResultList();
    }

    public Optional<LabelPrinter> findPrinter(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(LabelPrinter.BY_NAME, LabelPrinter.class)
                .setParameter("name", name.strip()).getResultStream().findFirst();
    }

    /** 404 when there is no printer of that name. */
    public LabelPrinter printer(String name) {
        return findPrinter(name).orElseThrow(() -> new UnknownEntityException("label.printer.unknown", String.valueOf(name)));
    }

    @RolesAllowed(Roles.ADMIN)
    public LabelPrinter addPrinter(NewLabelPrinter request) {
        checkPrinter(request, new FieldErrors()).throwIfAny();
        String name = request.name().strip();
        if (findPrinter(name).isPresent()) {
            throw new ConflictException("label.printer.exists", name);
        }
        LabelPrinter printer = new LabelPrinter(name, request.host().strip(), port(request), dpi(request));
        printer.setActive(!Boolean.FALSE.equals(request.active()));
        em.persist(printer);
        UniqueConstraints.flush(em, "label.printer.exists", name);
        return printer;
    }

    @RolesAllowed(Roles.ADMIN)
    public LabelPrinter updatePrinter(String currentName, NewLabelPrinter request, String reason) {
        LabelPrinter printer = printer(currentName);
        FieldErrors errors = new FieldErrors();
        requireReason(reason, errors);
        checkPrinter(request, errors).throwIfAny();
        String name = request.name().strip();
        findPrinter(name).filter(other -> !other.getId().equals(printer.getId())).ifPresent(other -> {
            throw new ConflictException("label.printer.exists", name);
        });
        audit.because(reason.strip());
        printer.describe(name, request.host().strip(), port(request), dpi(request));
        printer.setActive(!Boolean.FALSE.equals(request.active()));
        UniqueConstraints.flush(em, "label.printer.exists", name);
        return printer;
    }

    /** The former default of {@code purpose} is one no longer; the audit trail says why, unless the admin did. */
    private void stepDownDefault(LabelPurpose purpose, LabelLayoutDefinition keep, String newDefault) {
        defaultLayout(purpose).filter(current -> current != keep).ifPresent(current -> {
            audit.becauseUnlessGiven("label layout " + newDefault + " became the default for " + purpose);
            current.setDefaultLayout(false);
            // Written before the new default, or the one-default-per-purpose index refuses it.
            em.flush();
        });
    }

    private static LabelPurpose purpose(String text, FieldErrors errors) {
        LabelPurpose purpose = Arrays.stream(LabelPurpose.values())
                .filter(p -> text != null && p.name().equals(text.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
        errors.require(purpose != null, "purpose", "label.purpose.unknown", String.valueOf(text));
        return purpose;
    }

    /** Every field checked with its own message; the layout, or null when anything is wrong. */
    private static LabelLayout checkLayout(NewLabelLayout r, LabelPurpose purpose, FieldErrors errors) {
        boolean named = isName(r.name());
        errors.require(named, "name", "label.name.format", MAX_NAME);
        Symbology symbology = LABEL_SYMBOLOGIES.stream()
                .filter(s -> r.symbology() != null && s.name().equals(r.symbology().strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
        errors.require(symbology != null, "symbology", "label.symbology.unknown", String.valueOf(r.symbology()));
        boolean valid = named & symbology != null & purpose != null
                & range(errors, "widthMm", r.widthMm(), 5, 300, "mm")
                & range(errors, "heightMm", r.heightMm(), 5, 300, "mm")
                & range(errors, "moduleMm", r.moduleMm(), 0.1, 2, "mm")
                & range(errors, "identifierSizePt", r.identifierSizePt(), 3, 36, "pt")
                & range(errors, "textSizePt", r.textSizePt(), 3, 36, "pt");
        if (r.widthMm() != null && r.heightMm() != null) {
            valid &= range(errors, "marginMm", r.marginMm(), 0, Math.min(r.widthMm(), r.heightMm()) / 3, "mm")
                    & range(errors, "barHeightMm", r.barHeightMm(), 2, r.heightMm(), "mm");
        }
        if (!valid) {
            return null;
        }
        LabelLayout layout = new LabelLayout(r.name().strip(), r.widthMm(), r.heightMm(), symbology, r.marginMm(),
                r.moduleMm(), r.barHeightMm(), r.identifierSizePt(), r.textSizePt());
        for (PrinterResolution resolution : PrinterResolution.values()) {
            try {
                LabelFitting.fit(LabelContent.specimen(purpose), layout, resolution.dpi());
            } catch (IllegalArgumentException e) {
                errors.add("layout", "label.layout.doesNotFit", resolution.dpi(), e.getMessage());
                return null;
            }
        }
        return layout;
    }

    private static FieldErrors checkPrinter(NewLabelPrinter r, FieldErrors errors) {
        errors.require(isName(r.name()), "name", "label.name.format", MAX_NAME);
        errors.require(r.host() != null && r.host().strip().length() <= MAX_HOST
                && r.host().strip().matches("[A-Za-z0-9][A-Za-z0-9.:\\-]*"), "host", "label.printer.host.format");
        errors.require(r.port() == null || (r.port() >= 1 && r.port() <= 65535), "port", "label.printer.port.range");
        errors.require(r.dpi() == null || r.dpi() == 203 || r.dpi() == 300, "dpi", "label.printer.dpi.unknown",
                String.valueOf(r.dpi()));
        return errors;
    }

    /** Names appear in URLs (/api/label-printers/{name}), so they hold no slashes. */
    private static boolean isName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME && !name.contains("/")
                && !name.contains("\\") && name.chars().noneMatch(Character::isISOControl);
    }

    private static int port(NewLabelPrinter request) {
        return request.port() == null ? LabelPrinter.RAW_PORT : request.port();
    }

    private static int dpi(NewLabelPrinter request) {
        return request.dpi() == null ? PrinterResolution.DPI_203.dpi() : request.dpi();
    }

    private static void requireReason(String reason, FieldErrors errors) {
        errors.require(reason != null && !reason.isBlank(), "reason", "audit.reasonRequired");
    }

    private static boolean range(FieldErrors errors, String field, Double value, double min, double max, String unit) {
        if (value == null) {
            errors.add(field, "field.required");
            return false;
        }
        boolean within = value >= min && value <= max;
        errors.require(within, field, "label.layout.range", min, max, unit);
        return within;
    }
}
