package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.consent.entity.ConsentItem;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Entering a signed consent form: the form version, the day, a yes or no per item (no default,
 * so nothing is assumed), the witness where needed, and the scanned PDF.
 */
@Named
@ViewScoped
public class ConsentEntryView implements Serializable {

    @EJB
    ConsentService consents;

    @EJB
    ConsentFormService forms;

    private String pseudonym;
    private String form;
    private LocalDate signedOn;
    private String witness;
    private final Map<String, Boolean> answers = new HashMap<>();
    private transient UploadedFile document;

    public List<ConsentForm> getForms() {
        return forms.list();
    }

    /** The chosen form, or while none is chosen the newest one valid today. */
    public ConsentForm getSelectedForm() {
        List<ConsentForm> all = getForms();
        return all.stream().filter(f -> key(f).equals(form)).findFirst()
                .or(() -> all.stream().filter(f -> f.isValidOn(LocalDate.now())).reduce((first, second) -> second))
                .orElse(all.get(all.size() - 1));
    }

    public List<ConsentItem> getItems() {
        return getSelectedForm().getItems();
    }

    public static String key(ConsentForm form) {
        return form.getCode() + "/" + form.getFormVersion();
    }

    public String record() {
        ConsentForm chosen = getSelectedForm();
        try {
            consents.record(pseudonym, new NewConsent(chosen.getCode(), chosen.getFormVersion(), signedOn, witness,
                    Map.copyOf(withoutBlanks()), document == null ? null : document.getFileName(),
                    document == null ? null : document.getContent()));
            Messages.flashInfo("consent.recorded", pseudonym);
            return "/participants/view?faces-redirect=true&p=" + pseudonym;
        } catch (LimsException e) {
            Messages.refused(e, "consent");
            return null;
        }
    }

    private Map<String, Boolean> withoutBlanks() {
        Map<String, Boolean> given = new HashMap<>();
        answers.forEach((code, answer) -> {
            if (answer != null) {
                given.put(code, answer);
            }
        });
        return given;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getWitness() {
        return witness;
    }

    public void setWitness(String witness) {
        this.witness = witness;
    }

    public Map<String, Boolean> getAnswers() {
        return answers;
    }

    public UploadedFile getDocument() {
        return document;
    }

    public void setDocument(UploadedFile document) {
        this.document = document;
    }
}
