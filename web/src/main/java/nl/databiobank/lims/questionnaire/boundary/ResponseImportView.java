package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.platform.boundary.ImportRefused;
import nl.databiobank.lims.platform.boundary.ImportReport;
import nl.databiobank.lims.platform.boundary.ImportRowError;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing paper questionnaires from a spreadsheet: a template per questionnaire, and an upload that
 * saves every row or, with a report of each bad row and cell, none.
 */
@Named
@ViewScoped
public class ResponseImportView implements Serializable {

    static final String BUNDLE = "questionnaireimportmsg";

    @EJB
    ResponseImport imports;

    @EJB
    QuestionnaireService questionnaires;

    private String questionnaire;
    private transient UploadedFile file;
    private List<ImportRowError> errors = List.of();

    /** The codes of the questionnaires, each once (a new version keeps its code). */
    public List<String> getQuestionnaires() {
        return questionnaires.all().stream().map(Questionnaire::getCode).distinct().toList();
    }

    public StreamedContent getTemplate() {
        String code = chosen();
        byte[] template = imports.template(code);
        return DefaultStreamedContent.builder()
                .name(ResponseImportTemplateResource.fileName(code))
                .contentType(ResponseImportResource.XLSX)
                .stream(() -> new ByteArrayInputStream(template))
                .build();
    }

    public void upload() {
        errors = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.errorIn(BUNDLE, "questionnaireImport.noFile");
            return;
        }
        try {
            ImportReport report = imports.importResponses(chosen(), file.getContent());
            Messages.infoIn(BUNDLE, "questionnaireImport.done", report.imported());
        } catch (ImportRefused e) {
            errors = e.errors();
            Messages.errorIn(BUNDLE, "questionnaireImport.refused", errors.size());
        } catch (LimsException e) {
            Messages.refused(e, "upload");
        }
    }

    public String message(ImportRowError error) {
        return error.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private String chosen() {
        List<String> all = getQuestionnaires();
        return questionnaire != null && all.contains(questionnaire) ? questionnaire : all.get(0);
    }

    public String getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(String questionnaire) {
        this.questionnaire = questionnaire;
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
