package nl.databiobank.lims.sample.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.consent.entity.ConsentItem;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.entity.Material;
import nl.databiobank.lims.sample.entity.QuantityUnit;
import nl.databiobank.lims.sample.entity.SampleType;

/** The sample types: everyone reads them, an ADMIN adds and changes them. */
@Stateless
@PermitAll
public class SampleTypeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<SampleType> all() {
        return em.createNamedQuery(SampleType.ALL, SampleType.class).getResultList();
    }

    public Optional<SampleType> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(SampleType.BY_CODE, SampleType.class)
                .setParameter("code", code.trim().toUpperCase()).getResultStream().findFirst();
    }

    public SampleType byCode(String code) {
        return find(code).orElseThrow(() -> new UnknownEntityException("sampleType.unknown", code));
    }

    @RolesAllowed(Roles.ADMIN)
    public SampleType create(NewSampleType request) {
        check(request, true);
        String code = request.code().trim().toUpperCase();
        if (find(code).isPresent()) {
            throw new ConflictException("sampleType.exists", code);
        }
        SampleType type = new SampleType(code, request.nameEn().trim(), request.nameNl().trim(),
                request.consentItem().trim().toUpperCase(), QuantityUnit.valueOf(request.unit().trim().toUpperCase()),
                request.defaultContainer().trim(), Material.valueOf(request.material().trim().toUpperCase()),
                sprec(request));
        em.persist(type);
        UniqueConstraints.flush(em, "sampleType.exists", code);
        return type;
    }

    @RolesAllowed(Roles.ADMIN)
    public SampleType update(String code, NewSampleType request, String reason) {
        SampleType type = byCode(code);
        check(request, false);
        new FieldErrors().require(reason != null && !reason.isBlank(), "reason", "audit.reasonRequired").throwIfAny();
        audit.because(reason);
        type.describe(request.nameEn().trim(), request.nameNl().trim(), request.consentItem().trim().toUpperCase(),
                QuantityUnit.valueOf(request.unit().trim().toUpperCase()), request.defaultContainer().trim(),
                Material.valueOf(request.material().trim().toUpperCase()), sprec(request));
        type.setActive(request.active());
        return type;
    }

    private void check(NewSampleType request, boolean creating) {
        FieldErrors errors = new FieldErrors();
        if (creating) {
            errors.require(request.code() != null && request.code().trim().toUpperCase().matches("[A-Z][A-Z0-9_]{1,31}"),
                    "code", "sampleType.code.format");
        }
        errors.require(present(request.nameEn()), "nameEn", "field.required");
        errors.require(present(request.nameNl()), "nameNl", "field.required");
        errors.require(present(request.defaultContainer()), "defaultContainer", "field.required");
        errors.requireAtMost(request.nameEn(), 100, "nameEn").requireAtMost(request.nameNl(), 100, "nameNl")
                .requireAtMost(request.defaultContainer(), 100, "defaultContainer");
        errors.require(present(request.consentItem()) && em.createNamedQuery(ConsentItem.CODES, String.class)
                .getResultList().contains(request.consentItem().trim().toUpperCase()), "consentItem",
                "withdrawal.item.unknown", String.valueOf(request.consentItem()));
        errors.require(isOneOf(request.unit(), QuantityUnit.values()), "unit", "sampleType.unit.unknown",
                String.valueOf(request.unit()));
        errors.require(isOneOf(request.material(), Material.values()), "material", "sampleType.material.unknown",
                String.valueOf(request.material()));
        errors.require(request.sprecType() == null || request.sprecType().isBlank()
                || request.sprecType().trim().matches("[A-Z0-9]{3}"), "sprecType", "sampleType.sprec.format");
        errors.require(request.sprecContainer() == null || request.sprecContainer().isBlank()
                || request.sprecContainer().trim().matches("[A-Z0-9]{3}"), "sprecContainer", "sampleType.sprec.format");
        errors.require(request.sprecCentrifugations() == null
                || (request.sprecCentrifugations() >= 0 && request.sprecCentrifugations() <= 2),
                "sprecCentrifugations", "sampleType.sprec.centrifugations");
        errors.throwIfAny();
    }

    private static SampleType.Sprec sprec(NewSampleType request) {
        return new SampleType.Sprec(blankToNull(request.sprecType()), blankToNull(request.sprecContainer()),
                request.sprecCentrifugations());
    }

    private static boolean isOneOf(String text, Enum<?>[] values) {
        return text != null && Arrays.stream(values).anyMatch(v -> v.name().equals(text.trim().toUpperCase()));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase();
    }
}
