package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.io.Serializable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/**
 * What the allocation page and the pick page share: the request named by {@code ?id=}, shown at the top,
 * and actions whose refusals become messages, never an error page.
 */
public abstract class LabRequestPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(LabRequestPage.class.getName());

    @EJB
    RequestService requests;

    private Long id;
    private LabRequestSummary request;

    /** The view action: the request, or a message saying there is none to show. */
    public void load() {
        if (id == null) {
            Messages.errorIn(LabRequestText.BUNDLE, "request.unknown");
            return;
        }
        attempt(this::reload, refusal -> Messages.errorText(LabRequestText.refusal(refusal)));
    }

    /** Reads the request again: its status moves with what is done on the page. */
    protected void reload() {
        request = LabRequestSummary.of(requests.byId(id));
    }

    /**
     * Runs an action of the page; a refusal goes to {@code refused}, a missing role or a failure of ours
     * become a message. Answers whether the action went through.
     */
    protected boolean attempt(Runnable action, Consumer<LimsException> refused) {
        try {
            action.run();
            return true;
        } catch (LimsException e) {
            refused.accept(e);
        } catch (EJBAccessException e) {
            Messages.errorIn(LabRequestText.BUNDLE, "request.notAllowed");
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Action on request " + id + " failed", e);
            Messages.errorIn(LabRequestText.BUNDLE, "request.unexpected");
        }
        return false;
    }

    /** The request shown, or null when none could be. */
    public LabRequestSummary getRequest() {
        return request;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    protected long id() {
        return id;
    }

    /** The request's number as messages show it: 1234, not MessageFormat's 1,234. */
    protected String number() {
        return String.valueOf(id);
    }
}
