package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.databiobank.lims.study.entity.EthicsApproval;

/**
 * The current approvals that end within {@link ApprovalService#EXPIRING_DAYS} days: the list page,
 * and the count on the officer's home page. Read once per request.
 */
@Named
@RequestScoped
public class ExpiringApprovalsView {

    @EJB
    ApprovalService approvals;

    private List<EthicsApproval> list;

    public List<EthicsApproval> getList() {
        if (list == null) {
            list = approvals.expiringWithin(ApprovalService.EXPIRING_DAYS);
        }
        return list;
    }

    public int getCount() {
        return getList().size();
    }

    public int getDays() {
        return ApprovalService.EXPIRING_DAYS;
    }

    /** Whole days from today to the last valid day: 0 when it ends today. */
    public long daysLeft(EthicsApproval approval) {
        return ChronoUnit.DAYS.between(LocalDate.now(), approval.getValidUntil());
    }
}
