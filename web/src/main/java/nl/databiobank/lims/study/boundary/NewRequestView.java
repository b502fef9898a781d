package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.sample.boundary.SampleTypeService;
import nl.databiobank.lims.sample.entity.SampleType;
import nl.databiobank.lims.study.entity.DataItem;

/**
 * The researcher's request form: the feasibility counts for what is filled in (counts only), then
 * the request saved as a draft under one of their studies. The checks are the services'.
 */
@Named
@ViewScoped
public class NewRequestView implements Serializable {

    static final String FORM = "request";

    @EJB
    RequestService requests;

    @EJB
    FeasibilityService feasibility;

    @EJB
    StudyService studies;

    @EJB
    SampleTypeService sampleTypes;

    /** A study or sample type as the menus offer it. */
    public record Option(String code, String label) implements Serializable {
    }

    private String study;
    private String title;
    private String purpose;
    private String sampleType;
    private BigDecimal minQuantity;
    private Integer participants;
    private Integer aliquotsPerParticipant = 1;
    private String timePoints;
    private String diagnoses;
    private List<String> dataItems = new ArrayList<>();
    private FeasibilityCounts counts;
    private List<Option> studyOptions;
    private List<Option> typeOptions;

    public void checkFeasibility() {
        counts = null;
        try {
            counts = FeasibilityCounts.of(feasibility.of(draft()));
        } catch (LimsException e) {
            refused(e);
        }
    }

    public String save() {
        try {
            long id = requests.file(draft()).getId();
            Messages.flashInfoIn(RequestView.BUNDLE, "request.saved", id);
            return RequestView.outcome(id);
        } catch (LimsException e) {
            refused(e);
            return null;
        }
    }

    private NewRequest draft() {
        return new NewRequest(study, title, purpose, sampleType, minQuantity, participants, aliquotsPerParticipant,
                codes(timePoints), codes(diagnoses), List.copyOf(dataItems));
    }

    /** "BASELINE, M3 M6" → [BASELINE, M3, M6]: the n-th code typed is the service's {@code timePoints[n]}. */
    static List<String> codes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.trim().split("[,;\\s]+")).filter(code -> !code.isEmpty()).toList();
    }

    /** {@code timePoints[1]} has no input of its own: its message goes beside the one text field of codes. */
    private static void refused(LimsException e) {
        if (e instanceof InvalidInputException) {
            Messages.refused(new InvalidInputException(e.fieldErrors().stream().map(NewRequestView::onField)
                    .toList()), FORM);
        } else {
            Messages.refused(e, FORM);
        }
    }

    private static FieldError onField(FieldError error) {
        return new FieldError(error.field().replaceFirst("\\[\\d+]$", ""), error.key(), error.arguments());
    }

    /** The studies the researcher may file under: their own, not closed. */
    public List<Option> getStudies() {
        if (studyOptions == null) {
            studyOptions = studies.visible().stream().filter(s -> !s.isClosed())
                    .map(s -> new Option(s.getCode(), s.getCode() + " — " + s.getTitle())).toList();
            if (study == null && studyOptions.size() == 1) {
                study = studyOptions.get(0).code();
            }
        }
        return studyOptions;
    }

    public List<Option> getSampleTypes() {
        if (typeOptions == null) {
            typeOptions = sampleTypes.all().stream().filter(SampleType::isActive)
                    .map(t -> new Option(t.getCode(), t.name(Messages.locale()) + " (" + t.getCode() + ")")).toList();
        }
        return typeOptions;
    }

    public DataItem[] getAllDataItems() {
        return DataItem.values();
    }

    public FeasibilityCounts getCounts() {
        return counts;
    }

    public String getStudy() {
        return study;
    }

    public void setStudy(String study) {
        this.study = study;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getSampleType() {
        return sampleType;
    }

    public void setSampleType(String sampleType) {
        this.sampleType = sampleType;
    }

    public BigDecimal getMinQuantity() {
        return minQuantity;
    }

    public void setMinQuantity(BigDecimal minQuantity) {
        this.minQuantity = minQuantity;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getAliquotsPerParticipant() {
        return aliquotsPerParticipant;
    }

    public void setAliquotsPerParticipant(Integer aliquotsPerParticipant) {
        this.aliquotsPerParticipant = aliquotsPerParticipant;
    }

    public String getTimePoints() {
        return timePoints;
    }

    public void setTimePoints(String timePoints) {
        this.timePoints = timePoints;
    }

    public String getDiagnoses() {
        return diagnoses;
    }

    public void setDiagnoses(String diagnoses) {
        this.diagnoses = diagnoses;
    }

    public List<String> getDataItems() {
        return dataItems;
    }

    public void setDataItems(List<String> dataItems) {
        this.dataItems = dataItems == null ? new ArrayList<>() : new ArrayList<>(dataItems);
    }
}
