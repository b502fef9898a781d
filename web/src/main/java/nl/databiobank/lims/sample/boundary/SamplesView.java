package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.PagedModel;
import nl.databiobank.lims.sample.entity.SampleStatus;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/**
 * Searching samples by type, status, participant (pseudonym) and whether they are stored, a page at
 * a time from the database; and opening one sample straight from a scan.
 */
@Named
@ViewScoped
public class SamplesView implements Serializable {

    @EJB
    SampleService samples;

    @EJB
    SampleTypeService sampleTypes;

    private String type;
    private String status;
    private String participant;
    /** "yes", "no" or null for either. */
    private String stored;
    private String scan;
    private transient PagedModel<SampleSummary> page; // holds lambdas: rebuilt, not serialized
    private transient List<CollectView.TypeOption> types;

    public PagedModel<SampleSummary> getPage() {
        if (page == null) {
            page = new PagedModel<>((number, size) -> search(size, number * size).items(),
                    none -> search(0, 0).total());
        }
        return page;
    }

    private SamplePage search(int limit, int offset) {
        try {
            return samples.search(new SampleFilter(type, status, participant,
                    stored == null ? null : "yes".equals(stored), limit, offset));
        } catch (LimsException e) {
            LabPageView.refused(e, field -> switch (field) {
                case "type", "status", "participant" -> "filter:" + field;
                default -> null;
            }, null);
            return new SamplePage(List.of(), 0);
        }
    }

    /** The filter changed: the table starts again at its first page. */
    public void search() {
        page = null;
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":filter:results") instanceof DataTable table) {
            table.reset();
        }
    }

    /** A sample scanned: straight to its page; a bad scan is refused beside the field. */
    public String open() {
        try {
            String barcode = samples.summary(scan).barcode();
            return "/lab/sample?faces-redirect=true&barcode=" + barcode;
        } catch (LimsException e) {
            LabPageView.refused(e, field -> "open:scan", "open:scan");
            return null;
        }
    }

    public List<CollectView.TypeOption> getTypes() {
        if (types == null) {
            types = sampleTypes.all().stream().map(t -> new CollectView.TypeOption(t.getCode(), t.getNameEn(),
                    t.getNameNl(), t.getUnit(), t.getDefaultContainer())).toList();
        }
        return types;
    }

    public List<String> getStatuses() {
        return Arrays.stream(SampleStatus.values()).map(Enum::name).toList();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getParticipant() {
        return participant;
    }

    public void setParticipant(String participant) {
        this.participant = participant;
    }

    public String getStored() {
        return stored;
    }

    public void setStored(String stored) {
        this.stored = stored;
    }

    public String getScan() {
        return scan;
    }

    public void setScan(String scan) {
        this.scan = scan;
    }
}
