package nl.databiobank.lims.participant.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.databiobank.lims.consent.boundary.ConsentService;
import nl.databiobank.lims.consent.boundary.WithdrawalService;
import nl.databiobank.lims.consent.entity.Consent;
import nl.databiobank.lims.consent.entity.Withdrawal;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.participant.entity.ParticipantStatus;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/**
 * One participant for the nurse: research data and status, the current consent item by item, the
 * history of consents and withdrawals; the identity only after she gives a reason.
 */
@Named
@ViewScoped
public class ParticipantView implements Serializable {

    @EJB
    ParticipantService participants;

    @EJB
    ConsentService consents;

    @EJB
    WithdrawalService withdrawals;

    private String pseudonym;
    private Participant participant;
    private List<Consent> consentHistory;
    private List<Withdrawal> withdrawalHistory;
    private String reason;
    private Identity identity;
    private String newStatus;
    private LocalDate statusDate;
    private String statusReason;

    static String outcome(String pseudonym) {
        return "/participants/view?faces-redirect=true&p=" + pseudonym;
    }

    public void load() {
        try {
            participant = participants.byPseudonym(pseudonym);
            consentHistory = consents.history(pseudonym);
            withdrawalHistory = withdrawals.history(pseudonym);
        } catch (LimsException e) {
            Messages.refused(e, "participant");
        }
    }

    public void showIdentity() {
        try {
            identity = participants.identity(pseudonym, reason);
        } catch (LimsException e) {
            Messages.refused(e, "identity");
        }
    }

    public void changeStatus() {
        try {
            participant = participants.changeStatus(pseudonym, newStatus, statusDate, statusReason);
            Messages.info("participants.statusChanged", pseudonym);
            newStatus = null;
            statusReason = null;
        } catch (LimsException e) {
            Messages.refused(e, "status");
        }
    }

    /** The statuses the nurse may set from the current one. */
    public List<ParticipantStatus> getNextStatuses() {
        return Arrays.stream(ParticipantStatus.values()).filter(participant::canChangeTo).toList();
    }

    public Consent getCurrentConsent() {
        return consentHistory == null || consentHistory.isEmpty() ? null : consentHistory.get(0);
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public Participant getParticipant() {
        return participant;
    }

    public List<Consent> getConsentHistory() {
        return consentHistory;
    }

    public List<Withdrawal> getWithdrawalHistory() {
        return withdrawalHistory;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Identity getIdentity() {
        return identity;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }
}
