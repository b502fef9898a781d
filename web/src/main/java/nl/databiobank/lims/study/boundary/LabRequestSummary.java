package nl.databiobank.lims.study.boundary;

import java.io.Serializable;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.RequestStatus;

/** A request as the lab's pages show it at the top and in their list; {@code status} is the enum's name, for the bundle. */
public record LabRequestSummary(long id, String study, String title, String sampleType, int participantsWanted,
                                String requestedBy, String coordinator, String status) implements Serializable {

    static LabRequestSummary of(MaterialRequest request) {
        return new LabRequestSummary(request.getId(), request.getStudy().getCode(), request.getTitle(),
                request.getSampleTypeCode(), request.getParticipantsWanted(), request.getRequestedBy(),
                request.getCoordinator(), request.getStatus().name());
    }

    /** Samples may still be allocated to it or taken off it. */
    public boolean isAllocatable() {
        return RequestStatus.valueOf(status).takesAllocation();
    }

    public boolean isShipped() {
        return RequestStatus.valueOf(status) == RequestStatus.SHIPPED;
    }
}
