package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.sample.entity.DestructionTask;
import nl.databiobank.lims.sample.entity.QuantityUnit;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleEvent;
import nl.databiobank.lims.sample.entity.SampleStatus;

/**
 * The destruction list after withdrawals: the open tasks, and one always-focused field. Scanning a
 * listed tube destroys it (a destroyed event, never a delete) and completes its task; a tube
 * without a task is refused loudly.
 */
@Named
@ViewScoped
public class DestructionView implements Serializable {

    @EJB
    DestructionTaskService tasks;

    private String scan;
    private transient List<Task> open;
    private String lastDestroyed;
    private boolean refused;

    /** One open task as the table shows it. */
    public record Task(String sample, String type, SampleStatus status, String participant, LocalDate withdrawnOn,
                       String scope, String reason, QuantityUnit unit) implements Serializable {
    }

    public List<Task> getOpen() {
        if (open == null) {
            open = tasks.open().stream().map(DestructionView::task).toList();
        }
        return open;
    }

    private static Task task(DestructionTask task) {
        Sample sample = task.getSample();
        var withdrawal = task.getWithdrawal();
        return new Task(sample.getBarcode(), sample.getType().getCode(), sample.getStatus(),
                withdrawal.getParticipant().getPseudonym(), withdrawal.getWithdrawnOn(), withdrawal.getScope().name(),
                withdrawal.getReason(), sample.getType().getUnit());
    }

    public void destroy() {
        refused = false;
        lastDestroyed = null;
        try {
            SampleEvent destroyed = tasks.complete(scan);
            lastDestroyed = destroyed.getSample().getBarcode();
            LabPageView.info(null, "destruction.done", lastDestroyed);
            open = null;
        } catch (LimsException e) {
            refused = true;
            LabPageView.refused(e, field -> null, null);
        }
        scan = null;
    }

    public String getScan() {
        return scan;
    }

    public void setScan(String scan) {
        this.scan = scan;
    }

    public String getLastDestroyed() {
        return lastDestroyed;
    }

    public boolean isRefused() {
        return refused;
    }
}
