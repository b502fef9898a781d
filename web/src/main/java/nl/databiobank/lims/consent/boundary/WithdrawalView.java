package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.consent.entity.WithdrawalScope;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/** Recording a withdrawal: the nurse first sees what it will do, then confirms. */
@Named
@ViewScoped
public class WithdrawalView implements Serializable {

    @EJB
    WithdrawalService withdrawals;

    @EJB
    ConsentFormService forms;

    private String pseudonym;
    private LocalDate withdrawnOn = LocalDate.now();
    private String scope;
    private List<String> items = new ArrayList<>();
    private String reason;
    private WithdrawalImpact impact;

    public void preview() {
        try {
            impact = withdrawals.preview(pseudonym, request());
        } catch (LimsException e) {
            impact = null;
            Messages.refused(e, "withdrawal");
        }
    }

    public String confirm() {
        try {
            withdrawals.record(pseudonym, request());
            Messages.flashInfo("withdrawal.recorded", pseudonym);
            return "/participants/view?faces-redirect=true&p=" + pseudonym;
        } catch (LimsException e) {
            Messages.refused(e, "withdrawal");
            return null;
        }
    }

    /** A changed field makes the shown impact stale: preview again before confirming. */
    public void changed() {
        impact = null;
    }

    private NewWithdrawal request() {
        return new NewWithdrawal(withdrawnOn, scope, Set.copyOf(items), reason);
    }

    public WithdrawalScope[] getScopes() {
        return WithdrawalScope.values();
    }

    public List<String> getItemCodes() {
        return forms.list().stream().flatMap(f -> f.getItems().stream()).map(i -> i.getCode()).distinct().toList();
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<String> getItems() {
        return items;
    }

    public void setItems(List<String> items) {
        this.items = items;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public WithdrawalImpact getImpact() {
        return impact;
    }
}
