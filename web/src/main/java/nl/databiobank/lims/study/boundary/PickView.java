package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.scan.boundary.ScanResult;
import nl.databiobank.lims.study.entity.AllocationState;
import nl.databiobank.lims.study.entity.Shipment;
import org.primefaces.PrimeFaces;

/**
 * /lab/pick.xhtml?id=: the pick list in freezer order and one field for a keyboard-wedge scanner; each
 * scanned tube is picked or refused loudly with the reason. Once every tube is picked, the shipment:
 * recipient and address, refused whole with every sample's reasons when one may not leave today.
 */
@Named
@ViewScoped
public class PickView extends LabRequestPage {

    private static final Logger LOG = Logger.getLogger(PickView.class.getName());

    @EJB
    PickService picking;

    @EJB
    ShipmentService shipments;

    private final ScanAnswers answers = new ScanAnswers();
    private String recipient;
    private String address;
    private List<SampleRefusal> shipmentRefusals = List.of();
    private ShipmentCard shipment;

    /** Where each tube was when this page first listed it: a picked tube leaves its box but keeps its row. */
    private final Map<String, PickRow> seenAt = new HashMap<>();

    // read once per request, never kept in the view state
    private transient List<PickRow> lines;

    /** A line of the pick list as shown; {@code state} is the enum's name, for the bundle. */
    public record PickRow(String barcode, String freezer, String rack, String box, String boxBarcode,
                          String position, String state, String order) implements Serializable {

        static PickRow of(PickLine line) {
            return new PickRow(line.barcode(), line.freezer(), line.rack(), line.box(), line.boxBarcode(),
                    line.position(), line.state(), line.order());
        }

        PickRow inState(String now) {
            return new PickRow(barcode, freezer, rack, box, boxBarcode, position, now, order);
        }

        public boolean isPicked() {
            return AllocationState.PICKED.name().equals(state);
        }

        public boolean isStored() {
            return position != null;
        }
    }

    /** One sample that keeps the shipment back, and why, in words. */
    public record SampleRefusal(String barcode, String reasons) implements Serializable {
    }

    public record ShipmentCard(String recipient, String address, LocalDate shippedOn, LocalDate usageDueOn,
                               String shippedBy) implements Serializable {

        static ShipmentCard of(Shipment s) {
            return new ShipmentCard(s.getRecipient(), s.getAddress(), s.getShippedOn(), s.getUsageDueOn(),
                    s.getShippedBy());
        }
    }

    @Override
    public void load() {
        super.load();
        if (getRequest() != null && getRequest().isShipped()) {
            attempt(() -> shipment = shipments.of(id()).map(ShipmentCard::of).orElse(null), refusal -> { });
        }
    }

    /** The scan field's Enter: the scanned text arrives as the request parameter {@code code}. */
    public void scan() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code == null || code.isBlank() || getRequest() == null) {
            return;
        }
        try {
            PickLine line = picking.pick(id(), code.trim());
            lines = null;
            long done = getPickedCount();
            int all = getLines().size();
            answers.ok(line.position() == null
                    ? LabRequestText.of("pick.pickedUnstored", line.barcode(), done, all)
                    : LabRequestText.of("pick.picked", line.barcode(), line.box(), line.position(), done, all));
        } catch (LimsException e) {
            refused(LabRequestText.refusalInWords(e));
        } catch (EJBAccessException e) {
            refused(LabRequestText.of("request.notAllowed"));
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Pick for request " + id() + " failed", e);
            refused(LabRequestText.of("request.unexpected"));
        }
        lines = null;
        attempt(this::reload, refusal -> { });
    }

    /** Red, and the page beeps (the callback parameter): the tube goes back into its box. */
    private void refused(String text) {
        answers.refused(text);
        PrimeFaces.current().ajax().addCallbackParam("refused", true);
    }

    /**
     * Ships every picked sample. Done, the page comes again (post-redirect-get) as the shipped request:
     * no scan field any more, the shipment's card. Refused, the page stays with every sample's reasons.
     */
    public String ship() {
        shipmentRefusals = List.of();
        boolean shipped = attempt(() -> {
            Shipment done = shipments.ship(id(), recipient, address);
            Messages.flashInfoIn(LabRequestText.BUNDLE, "ship.done", number(), done.getRecipient());
        }, refusal -> {
            if (refusal instanceof ShipmentRefused whole) {
                shipmentRefusals = whole.fieldErrors().stream().map(PickView::sampleRefusal).toList();
                Messages.errorIn(LabRequestText.BUNDLE, "ship.refused", shipmentRefusals.size());
            } else {
                Messages.refused(refusal, "ship");
            }
        });
        if (shipped) {
            return "/lab/pick?faces-redirect=true&id=" + id();
        }
        lines = null;
        attempt(this::reload, refusal -> { });
        return null;
    }

    private static SampleRefusal sampleRefusal(FieldError error) {
        Object[] arguments = error.arguments();
        String reasons = arguments.length > 0 && arguments[0] != null ? LabRequestText.reasons(arguments[0].toString())
                : error.message(Messages.locale());
        return new SampleRefusal(error.field(), reasons);
    }

    public List<PickRow> getLines() {
        if (lines == null) {
            lines = getRequest() == null ? List.of() : picking.pickList(id()).stream().map(this::placed)
                    .sorted(Comparator.comparing(PickRow::order)).toList();
        }
        return lines;
    }

    /** The line where the tube was seen first on this page, so that the list keeps its freezer order. */
    private PickRow placed(PickLine line) {
        PickRow now = PickRow.of(line);
        if (now.isStored()) {
            seenAt.putIfAbsent(now.barcode(), now);
            return now;
        }
        PickRow before = seenAt.get(now.barcode());
        return before == null ? now : before.inState(now.state());
    }

    public long getPickedCount() {
        return getLines().stream().filter(PickRow::isPicked).count();
    }

    /** Every tube held is picked and the request waits for its shipment. */
    public boolean isAllPicked() {
        return getRequest() != null && "PICKED".equals(getRequest().status()) && !getLines().isEmpty()
                && getPickedCount() == getLines().size();
    }

    public ScanResult getResult() {
        return answers.last();
    }

    public List<ScanResult> getHistory() {
        return answers.earlier();
    }

    public List<SampleRefusal> getShipmentRefusals() {
        return shipmentRefusals;
    }

    public ShipmentCard getShipment() {
        return shipment;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
