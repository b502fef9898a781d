package nl.databiobank.lims.study.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.study.entity.EthicsApproval;

/**
 * The approval form of the study page. An amendment starts from the current version (committee,
 * maxima, scope) so that the officer changes only what the committee changed; reference and dates
 * are the new decision's own and start empty.
 */
public class ApprovalForm implements Serializable {

    private String committee;
    private String referenceNumber;
    private LocalDate decisionDate;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Integer maxParticipants;
    private Integer maxSamples;
    private List<String> sampleTypes = new ArrayList<>();
    private List<String> consentItems = new ArrayList<>();
    private List<String> dataItems = new ArrayList<>();

    static ApprovalForm startingFrom(EthicsApproval current) {
        ApprovalForm form = new ApprovalForm();
        if (current != null) {
            form.committee = current.getCommittee();
            form.maxParticipants = current.getMaxParticipants();
            form.maxSamples = current.getMaxSamples();
            form.sampleTypes = new ArrayList<>(current.getSampleTypes());
            form.consentItems = new ArrayList<>(current.getConsentItems());
            form.dataItems = new ArrayList<>(current.getDataItems().stream().map(Enum::name).toList());
        }
        return form;
    }

    NewApproval toRequest(Integer amends) {
        return new NewApproval(committee, referenceNumber, decisionDate, validFrom, validUntil, amends,
                maxParticipants, maxSamples, sampleTypes, consentItems, dataItems);
    }

    /**
     * The service names scope problems by the list and index ({@code scope.sampleTypes[1]}); on the page
     * each list is one multi-select, so the message goes beside that input.
     */
    static FieldError onForm(FieldError error) {
        String field = error.field().replaceFirst("^scope\\.(\\w+)(\\[\\d+\\])?$", "$1");
        return new FieldError(field, error.key(), error.arguments());
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public Integer getMaxSamples() {
        return maxSamples;
    }

    public void setMaxSamples(Integer maxSamples) {
        this.maxSamples = maxSamples;
    }

    public List<String> getSampleTypes() {
        return sampleTypes;
    }

    public void setSampleTypes(List<String> sampleTypes) {
        this.sampleTypes = sampleTypes;
    }

    public List<String> getConsentItems() {
        return consentItems;
    }

    public void setConsentItems(List<String> consentItems) {
        this.consentItems = consentItems;
    }

    public List<String> getDataItems() {
        return dataItems;
    }

    public void setDataItems(List<String> dataItems) {
        this.dataItems = dataItems;
    }
}
