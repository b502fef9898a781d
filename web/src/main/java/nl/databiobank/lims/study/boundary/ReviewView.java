package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.study.entity.DataItem;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.RequestStatus;
import nl.databiobank.lims.study.entity.RequestStep;

/**
 * One request under review: what is asked, set beside the study's current approval and its scope,
 * the timeline, and the officer's key: take into review, approve with conditions, reject with a reason.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final String FORM = "decision";

    @EJB
    RequestService requests;

    private Long id;
    private MaterialRequest request;
    private List<RequestStep> steps;
    private EthicsApproval approval;
    private String note;

    public void load() {
        try {
            if (id == null) {
                throw new UnknownEntityException("request.unknown", "");
            }
            refresh();
        } catch (LimsException e) {
            request = null;
            Messages.refused(e, FORM);
        }
    }

    private void refresh() {
        request = requests.byId(id);
        steps = requests.steps(id);
        approval = requests.currentApproval(request.getStudy()).orElse(null);
    }

    public void startReview() {
        try {
            requests.startReview(id);
            Messages.infoIn(EthicsPages.BUNDLE, "review.startedReview", id);
        } catch (LimsException e) {
            Messages.refused(e, FORM);
        }
        refresh();
    }

    public void approve() {
        decide(true, "review.approved");
    }

    public void reject() {
        decide(false, "review.rejected");
    }

    private void decide(boolean approve, String doneKey) {
        try {
            requests.decide(id, approve, note);
            Messages.infoIn(EthicsPages.BUNDLE, doneKey, id);
            note = null;
        } catch (LimsException e) {
            Messages.refused(e, FORM);
        }
        refresh();
    }

    public boolean isAwaitingDecision() {
        return request != null && request.getStatus().awaitsDecision();
    }

    public boolean isSubmitted() {
        return request != null && request.getStatus() == RequestStatus.SUBMITTED;
    }

    public boolean isApprovalValidToday() {
        return approval != null && approval.isValidOn(LocalDate.now());
    }

    public boolean isSampleTypeInScope() {
        return approval != null && approval.allowsSampleType(request.getSampleTypeCode());
    }

    /** The data the request asks for that the approval does not let go with the material. */
    public List<DataItem> getDataItemsOutOfScope() {
        Set<DataItem> releasable = approval == null ? Set.of() : approval.releasable(request.getDataItems());
        return request.getDataItems().stream().filter(item -> !releasable.contains(item)).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MaterialRequest getRequest() {
        return request;
    }

    public List<RequestStep> getSteps() {
        return steps;
    }

    public EthicsApproval getApproval() {
        return approval;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
