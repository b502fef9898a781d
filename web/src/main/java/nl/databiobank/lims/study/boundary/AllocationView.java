package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.sample.boundary.LabPageView;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.AllocationState;
import nl.databiobank.lims.study.entity.RequestNotice;

/**
 * /lab/request-allocation.xhtml?id=: the system's proposal and reserving it, single samples added by
 * scan or taken off for a reason, the allocation as it stands, the treating physicians with their
 * answers (recorded here by a research nurse), and what the request's coordinator was told.
 */
@Named
@ViewScoped
public class AllocationView extends LabRequestPage {

    @EJB
    AllocationService allocation;

    private String barcode;
    private String removeBarcode;
    private String removeReason;
    /** The note typed beside each physician, by name. */
    private final Map<String, String> notes = new HashMap<>();

    // read once per request, never kept in the view state
    private transient List<Proposed> proposal;
    private transient List<Allocated> allocated;
    private transient List<PhysicianLine> physicians;
    private transient List<Notice> notices;

    public record Proposed(String barcode, Instant collectedAt) implements Serializable {
    }

    public record Allocated(String barcode, String sampleType, String state, String cancelReason)
            implements Serializable {

        static Allocated of(AllocatedSample a) {
            return new Allocated(a.getSample().getBarcode(), a.getSample().getType().getCode(), a.getState().name(),
                    a.getCancelReason());
        }

        public boolean isCancelled() {
            return AllocationState.valueOf(state) == AllocationState.CANCELLED;
        }
    }

    public record Notice(String kind, String message, Instant at) implements Serializable {

        static Notice of(RequestNotice n) {
            return new Notice(n.getKind().name(), n.getMessage(), n.getCreatedAt());
        }
    }

    public void reserveProposal() {
        attempt(() -> {
            int reserved = allocation.allocateProposed(id()).size();
            Messages.infoIn(LabRequestText.BUNDLE, "allocation.reserved", reserved, number());
        }, refusal -> Messages.errorText(LabRequestText.refusalInWords(refusal)));
        changed();
    }

    /** A barcode scanned or typed into the add field. */
    public void add() {
        String scanned = barcode == null ? "" : barcode.trim();
        if (attempt(() -> {
            String added = allocation.add(id(), scanned).getSample().getBarcode();
            Messages.infoIn(LabRequestText.BUNDLE, "allocation.added", added, number());
        }, refusal -> LabPageView.errorText("add:barcode", LabRequestText.refusalInWords(refusal)))) {
            barcode = null;
        }
        changed();
    }

    public void remove() {
        String scanned = removeBarcode == null ? "" : removeBarcode.trim();
        if (attempt(() -> {
            allocation.remove(id(), scanned, removeReason);
            Messages.infoIn(LabRequestText.BUNDLE, "allocation.removed", scanned.toUpperCase(), number());
        }, refusal -> LabPageView.refused(refusal, field -> "reason".equals(field) ? "remove:reason"
                : "barcode".equals(field) ? "remove:barcode" : null, null))) {
            removeBarcode = null;
            removeReason = null;
        }
        changed();
    }

    /** The nurse records that the physician agrees; {@code row} names the row's note field for a refusal. */
    public void agree(String physician, int row) {
        answer(physician, row, true);
    }

    public void refuse(String physician, int row) {
        answer(physician, row, false);
    }

    private void answer(String physician, int row, boolean agreed) {
        long before = heldOf(physician);
        if (attempt(() -> allocation.recordAgreement(id(), physician, agreed, notes.get(physician)),
                refusal -> LabPageView.refused(refusal,
                        field -> "note".equals(field) ? "physicians:table:" + row + ":note" : null, null))) {
            notes.remove(physician);
            if (agreed) {
                Messages.infoIn(LabRequestText.BUNDLE, "physicians.recordedAgree", physician, number());
            } else {
                Messages.infoIn(LabRequestText.BUNDLE, "physicians.recordedRefuse", physician, number(), before);
            }
        }
        changed();
    }

    private long heldOf(String physician) {
        return getPhysicians().stream().filter(p -> p.physician().equals(physician)).mapToLong(PhysicianLine::samples)
                .findFirst().orElse(0);
    }

    /** After every action, also a refused one (someone else may have changed the request): read afresh. */
    private void changed() {
        proposal = null;
        allocated = null;
        physicians = null;
        notices = null;
        attempt(this::reload, refusal -> Messages.errorText(LabRequestText.refusal(refusal)));
    }

    public List<Proposed> getProposal() {
        if (proposal == null) {
            proposal = getRequest() == null || !getRequest().isAllocatable() ? List.of()
                    : allocation.propose(id()).stream().map(c -> new Proposed(c.barcode(), c.collectedAt())).toList();
        }
        return proposal;
    }

    public List<Allocated> getAllocated() {
        if (allocated == null) {
            allocated = getRequest() == null ? List.of()
                    : allocation.allocation(id()).stream().map(Allocated::of).toList();
        }
        return allocated;
    }

    public List<PhysicianLine> getPhysicians() {
        if (physicians == null) {
            physicians = getRequest() == null ? List.of() : allocation.physicians(id());
        }
        return physicians;
    }

    public List<Notice> getNotices() {
        if (notices == null) {
            notices = getRequest() == null ? List.of()
                    : requests.notices(id()).stream().map(Notice::of).toList();
        }
        return notices;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public String getRemoveBarcode() {
        return removeBarcode;
    }

    public void setRemoveBarcode(String removeBarcode) {
        this.removeBarcode = removeBarcode;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }
}
