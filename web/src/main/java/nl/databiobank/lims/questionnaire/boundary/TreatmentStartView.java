package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.databiobank.lims.participant.boundary.ParticipantService;
import nl.databiobank.lims.participant.boundary.ParticipantView;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/**
 * The treatment start on the participant's page, from which some cohorts' schedules count: recorded
 * once, and changed later only with a reason (the service re-plans the time points not yet answered).
 */
@Named
@ViewScoped
public class TreatmentStartView implements Serializable {

    static final String FORM = "treatmentStart";

    @EJB
    ParticipantService participants;

    @Inject
    ParticipantView participantView;

    private LocalDate date;
    private String reason;

    public String save() {
        String pseudonym = participantView.getPseudonym();
        try {
            participants.recordTreatmentStart(pseudonym, date, reason);
            Messages.flashInfoIn(QuestionnaireText.BUNDLE, "treatmentStart.saved", pseudonym, date);
            return "/participants/view?faces-redirect=true&p=" + pseudonym;
        } catch (LimsException e) {
            Messages.refused(e, FORM);
            return null;
        }
    }

    /** The day recorded so far, or null. */
    public LocalDate getCurrent() {
        return participantView.getParticipant() == null ? null
                : participantView.getParticipant().getTreatmentStart().orElse(null);
    }

    public LocalDate getDate() {
        return date == null ? getCurrent() : date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
