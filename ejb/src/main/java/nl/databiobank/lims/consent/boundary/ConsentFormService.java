package nl.databiobank.lims.consent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;

/**
 * Consent form versions. An administrator adds a version; nobody edits one, so what a
 * participant signed stays what the database shows.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ConsentFormService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({Roles.RESEARCH_NURSE, Roles.LAB_TECHNICIAN, Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<ConsentForm> list() {
        return em.createNamedQuery(ConsentForm.ALL, ConsentForm.class).getResultList();
    }

    @RolesAllowed({Roles.RESEARCH_NURSE, Roles.LAB_TECHNICIAN, Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public ConsentForm get(String code, int formVersion) {
        return em.createNamedQuery(ConsentForm.BY_CODE_AND_VERSION, ConsentForm.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase())
                .setParameter("formVersion", formVersion)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("consentForm.unknown", code, formVersion));
    }

    /** Adds the next version of form {@code code} (version 1 for a new code). */
    public ConsentForm addVersion(NewConsentForm request) {
        FieldErrors errors = new FieldErrors();
        String code = request.code() == null ? null : request.code().trim().toUpperCase();
        errors.require(code != null && CODE.matcher(code).matches(), "code", "consentForm.code.format");
        errors.require(request.title() != null && !request.title().isBlank(), "title", "field.required");
        errors.require(request.ethicsReference() != null && !request.ethicsReference().isBlank(),
                "ethicsReference", "field.required");
        errors.require(request.languages() != null && !request.languages().isBlank(), "languages", "field.required");
        if (request.validFrom() == null) {
            errors.add("validFrom", "field.required");
        } else if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            errors.add("validUntil", "consentForm.validity.order");
        }
        checkItems(request.items(), errors);
        errors.throwIfAny();
        Integer latest = em.createNamedQuery(ConsentForm.LATEST_VERSION, Integer.class)
                .setParameter("code", code).getSingleResult();
        ConsentForm form = new ConsentForm(code, latest == null ? 1 : latest + 1, request.languages().trim(),
                request.title().trim(), request.ethicsReference().trim(), request.validFrom(), request.validUntil(),
                request.witnessRequired());
        request.items().forEach(item -> form.addItem(item.code().trim().toUpperCase(), item.textNl().trim(),
                item.textEn().trim()));
        em.persist(form);
        UniqueConstraints.flush(em, "consentForm.versionTaken", code, form.getFormVersion());
        return form;
    }

    private static void checkItems(List<NewConsentForm.Item> items, FieldErrors errors) {
        if (items == null || items.isEmpty()) {
            errors.add("items", "consentForm.items.required");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            NewConsentForm.Item item = items.get(i);
            String code = item.code() == null ? "" : item.code().trim().toUpperCase();
            if (!ITEM_CODE.matcher(code).matches()) {
                errors.add("items[" + i + "].code", "consentForm.itemCode.format");
            } else if (!seen.add(code)) {
                errors.add("items[" + i + "].code", "consentForm.itemCode.duplicate", code);
            }
            errors.require(item.textNl() != null && !item.textNl().isBlank(), "items[" + i + "].textNl", "field.required");
            errors.require(item.textEn() != null && !item.textEn().isBlank(), "items[" + i + "].textEn", "field.required");
        }
    }
}
