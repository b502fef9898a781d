package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.study.entity.RequestStatus;

/** /lab/requests.xhtml: the requests the lab works on, from approval to shipping, the newest first. */
@Named
@RequestScoped
public class LabRequestsView {

    /** Approved: to allocate; allocated: physicians and picking; picked: to ship. */
    static final Set<RequestStatus> LAB_WORK = EnumSet.of(RequestStatus.APPROVED, RequestStatus.ALLOCATED,
            RequestStatus.PICKED);

    @EJB
    RequestService requests;

    private List<LabRequestSummary> toWorkOn;

    public List<LabRequestSummary> getToWorkOn() {
        if (toWorkOn == null) {
            toWorkOn = requests.visible().stream().filter(r -> LAB_WORK.contains(r.getStatus()))
                    .map(LabRequestSummary::of).toList();
        }
        return toWorkOn;
    }
}
