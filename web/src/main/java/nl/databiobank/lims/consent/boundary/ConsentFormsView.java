package nl.databiobank.lims.consent.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/**
 * The administrator's consent form page: every version with its items, and a new version, started
 * from a copy of an existing one. Items are edited as lines "CODE | Dutch text | English text".
 */
@Named
@ViewScoped
public class ConsentFormsView implements Serializable {

    private static final String SEPARATOR = "|";

    @EJB
    ConsentFormService forms;

    private List<ConsentForm> list;
    private String code;
    private String title;
    private String languages = "nl,en";
    private String ethicsReference;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private boolean witnessRequired;
    private String items;

    @PostConstruct
    void load() {
        list = forms.list();
    }

    /** Fills the new-version form with a copy of {@code form}, to be changed. */
    public void copy(ConsentForm form) {
        code = form.getCode();
        title = form.getTitle();
        languages = form.getLanguages();
        witnessRequired = form.isWitnessRequired();
        ethicsReference = null;
        validFrom = null;
        validUntil = null;
        items = form.getItems().stream()
                .map(i -> i.getCode() + " " + SEPARATOR + " " + i.getTextNl() + " " + SEPARATOR + " " + i.getTextEn())
                .collect(Collectors.joining("\n"));
    }

    public void save() {
        try {
            ConsentForm form = forms.addVersion(new NewConsentForm(code, title, languages, ethicsReference, validFrom,
                    validUntil, witnessRequired, parseItems()));
            Messages.info("consentForms.saved", form.getCode(), form.getFormVersion());
            load();
        } catch (LimsException e) {
            Messages.refused(e, "newForm");
        }
    }

    private List<NewConsentForm.Item> parseItems() {
        if (items == null) {
            return List.of();
        }
        return items.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] parts = Arrays.stream(line.split("\\" + SEPARATOR, 3)).map(String::trim).toArray(String[]::new);
            return new NewConsentForm.Item(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
        }).toList();
    }

    public List<ConsentForm> getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getEthicsReference() {
        return ethicsReference;
    }

    public void setEthicsReference(String ethicsReference) {
        this.ethicsReference = ethicsReference;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public boolean isWitnessRequired() {
        return witnessRequired;
    }

    public void setWitnessRequired(boolean witnessRequired) {
        this.witnessRequired = witnessRequired;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }
}
