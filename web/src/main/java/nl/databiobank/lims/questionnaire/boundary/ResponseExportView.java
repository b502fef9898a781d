package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The scientific staff's download of answers and scores, optionally for one cohort or hospital. */
@Named
@ViewScoped
public class ResponseExportView implements Serializable {

    @EJB
    ResponseExport export;

    @EJB
    QuestionnaireService questionnaires;

    private String questionnaire;
    private String cohort;
    private String hospital;

    public List<String> getQuestionnaires() {
        return questionnaires.all().stream().map(Questionnaire::getCode).distinct().toList();
    }

    public List<String> getCohorts() {
        return export.cohorts();
    }

    public List<String> getHospitals() {
        return export.hospitals();
    }

    /** The workbook, written straight into the response; null (no download) with a message when refused. */
    public StreamedContent getDownload() {
        String code = questionnaire == null || questionnaire.isBlank() ? getQuestionnaires().get(0) : questionnaire;
        String chosenCohort = cohort;
        String chosenHospital = hospital;
        try {
            export.check(code, chosenHospital);
        } catch (LimsException e) {
            Messages.refused(e, "export");
            return null;
        }
        ResponseExport service = export;
        return DefaultStreamedContent.builder()
                .name(ResponseExportResource.fileName(code, chosenCohort, chosenHospital))
                .contentType(ResponseImportResource.XLSX)
                .writer(out -> service.export(code, chosenCohort, chosenHospital, out))
                .build();
    }

    public String getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(String questionnaire) {
        this.questionnaire = questionnaire;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }
}
