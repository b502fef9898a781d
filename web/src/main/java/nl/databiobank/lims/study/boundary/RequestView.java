package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.RequestNotice;
import nl.databiobank.lims.study.entity.RequestStep;

/**
 * One material request as its researcher follows it: what was asked, where it stands (the timeline
 * of steps), the officer's decision with its conditions or reason, and the notices; a draft is
 * submitted from here.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    static final String BUNDLE = "requestmsg";
    private static final String FORM = "actions";

    @EJB
    RequestService requests;

    @EJB
    FeasibilityService feasibility;

    private String id;
    private long requestId;
    private transient MaterialRequest request;
    private transient List<RequestStep> steps;
    private transient List<RequestNotice> notices;
    private FeasibilityCounts counts;
    private String closeReason;

    static String outcome(long id) {
        return "/research/request?faces-redirect=true&id=" + id;
    }

    /** A request that does not exist and one of someone else's look the same: not found (as the API's 404). */
    public void load() {
        try {
            requestId = Long.parseLong(id == null ? "" : id.trim());
            read();
        } catch (NumberFormatException | UnknownEntityException e) {
            notFound();
        }
    }

    public String submit() {
        try {
            requests.submit(requestId);
            Messages.flashInfoIn(BUNDLE, "request.submitted", requestId);
            return outcome(requestId);
        } catch (LimsException e) {
            Messages.refused(e, FORM);
            read();
            return null;
        }
    }

    /** Ends the request; what it still holds becomes available again. */
    public String close() {
        try {
            requests.close(requestId, closeReason);
            Messages.flashInfoIn(BUNDLE, "close.done", requestId);
            return outcome(requestId);
        } catch (LimsException e) {
            Messages.refused(e, "close");
            read();
            return null;
        }
    }

    public void checkFeasibility() {
        try {
            counts = FeasibilityCounts.of(feasibility.ofRequest(requestId));
        } catch (LimsException e) {
            Messages.refused(e, FORM);
        }
    }

    private void read() {
        request = requests.byId(requestId);
        steps = requests.steps(requestId);
        notices = requests.notices(requestId);
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    // after a postback the view keeps only the id: the entities are read again
    private MaterialRequest current() {
        if (request == null && requestId > 0) {
            read();
        }
        return request;
    }

    /** Codes as the researcher typed them: "BASELINE, M3". */
    public String joined(Collection<String> codes) {
        return String.join(", ", codes);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MaterialRequest getRequest() {
        return current();
    }

    public List<RequestStep> getSteps() {
        current();
        return steps;
    }

    public List<RequestNotice> getNotices() {
        current();
        return notices;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public FeasibilityCounts getCounts() {
        return counts;
    }
}
