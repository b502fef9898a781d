package nl.databiobank.lims.participant.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/** The nurse's search: by pseudonym, or by hospital number with a reason for the access log. */
@Named
@RequestScoped
public class ParticipantSearchView {

    @EJB
    ParticipantService participants;

    private String pseudonym;
    private String mrn;
    private String reason;

    public String byPseudonym() {
        try {
            return ParticipantView.outcome(participants.byPseudonym(pseudonym).getPseudonym());
        } catch (LimsException e) {
            Messages.refused(e, "byPseudonym");
            return null;
        }
    }

    public String byMrn() {
        try {
            return ParticipantView.outcome(participants.byMrn(mrn, reason).pseudonym());
        } catch (LimsException e) {
            Messages.refused(e, "byMrn");
            return null;
        }
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
