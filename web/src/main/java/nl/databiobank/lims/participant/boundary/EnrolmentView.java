package nl.databiobank.lims.participant.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.participant.entity.Hospital;
import nl.databiobank.lims.participant.entity.Sex;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/** The enrolment form. */
@Named
@ViewScoped
public class EnrolmentView implements Serializable {

    @EJB
    ParticipantService participants;

    private String mrn;
    private String name;
    private LocalDate birthDate;
    private String sex;
    private String hospital;
    private String diagnosisCode;
    private String diagnosisText;
    private LocalDate diagnosisDate;
    private String treatingPhysician;
    private String cohort;

    public String enrol() {
        try {
            String pseudonym = participants.enrol(new NewParticipant(mrn, name, birthDate, sex, hospital, diagnosisCode,
                    diagnosisText, diagnosisDate, treatingPhysician, cohort)).getPseudonym();
            Messages.flashInfo("participant.enrolled", pseudonym);
            return ParticipantView.outcome(pseudonym);
        } catch (LimsException e) {
            Messages.refused(e, "enrol");
            return null;
        }
    }

    public List<Hospital> getHospitals() {
        return participants.hospitals();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }

    public String getDiagnosisCode() {
        return diagnosisCode;
    }

    public void setDiagnosisCode(String diagnosisCode) {
        this.diagnosisCode = diagnosisCode;
    }

    public String getDiagnosisText() {
        return diagnosisText;
    }

    public void setDiagnosisText(String diagnosisText) {
        this.diagnosisText = diagnosisText;
    }

    public LocalDate getDiagnosisDate() {
        return diagnosisDate;
    }

    public void setDiagnosisDate(LocalDate diagnosisDate) {
        this.diagnosisDate = diagnosisDate;
    }

    public String getTreatingPhysician() {
        return treatingPhysician;
    }

    public void setTreatingPhysician(String treatingPhysician) {
        this.treatingPhysician = treatingPhysician;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }
}
