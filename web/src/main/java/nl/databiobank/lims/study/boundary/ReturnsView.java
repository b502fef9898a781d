package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.scan.boundary.ScanResult;
import org.primefaces.PrimeFaces;

/**
 * /lab/returns.xhtml: tubes that come back from researchers, checked in by scanning, and the usage
 * reports that are late.
 */
@Named
@ViewScoped
public class ReturnsView implements Serializable {

    private static final Logger LOG = Logger.getLogger(ReturnsView.class.getName());

    @EJB
    UsageService usage;

    private final ScanAnswers answers = new ScanAnswers();

    // read once per request, never kept in the view state
    private transient List<OverdueUsage> overdue;

    /** The scan field's Enter: the scanned text arrives as the request parameter {@code code}. */
    public void scan() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            answers.ok(LabRequestText.of("returns.checkedIn", usage.checkIn(code.trim())));
            overdue = null;
            return;
        } catch (LimsException e) {
            answers.refused(LabRequestText.refusal(e));
        } catch (EJBAccessException e) {
            answers.refused(LabRequestText.of("returns.technicianOnly"));
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Check-in of a return failed", e);
            answers.refused(LabRequestText.of("request.unexpected"));
        }
        PrimeFaces.current().ajax().addCallbackParam("refused", true);
    }

    public List<OverdueUsage> getOverdue() {
        if (overdue == null) {
            overdue = usage.overdue();
        }
        return overdue;
    }

    public ScanResult getResult() {
        return answers.last();
    }

    public List<ScanResult> getHistory() {
        return answers.earlier();
    }
}
