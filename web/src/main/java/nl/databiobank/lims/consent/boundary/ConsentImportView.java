package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.platform.boundary.ImportReport;
import nl.databiobank.lims.platform.boundary.ImportRowError;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing existing consent records from a spreadsheet: a template per form version, and an
 * upload that imports every row or, with a report of each bad row and cell, none.
 */
@Named
@ViewScoped
public class ConsentImportView implements Serializable {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    ConsentImport imports;

    @EJB
    ConsentFormService forms;

    private String form;
    private transient UploadedFile file;
    private List<ImportRowError> errors = List.of();

    public List<ConsentForm> getForms() {
        return forms.list();
    }

    public StreamedContent getTemplate() {
        ConsentForm chosen = chosenForm();
        byte[] template = imports.template(chosen.getCode(), chosen.getFormVersion());
        return DefaultStreamedContent.builder()
                .name("consent-import-" + chosen.getCode() + "-v" + chosen.getFormVersion() + ".xlsx")
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(template))
                .build();
    }

    public void upload() {
        errors = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.error("consentImport.noFile");
            return;
        }
        try {
            ImportReport report = imports.importConsents(file.getFileName(), file.getContent());
            Messages.info("consentImport.done", report.imported());
        } catch (ConsentImportRefused e) {
            errors = e.errors();
            Messages.error("consentImport.refused", errors.size());
        } catch (LimsException e) {
            Messages.refused(e, "upload");
        }
    }

    public String message(ImportRowError error) {
        return error.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private ConsentForm chosenForm() {
        List<ConsentForm> all = getForms();
        return all.stream().filter(f -> ConsentEntryView.key(f).equals(form)).findFirst().orElse(all.get(0));
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<ImportRowError> getErrors() {
        return errors;
    }
}
