package nl.databiobank.lims.study.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.study.entity.MaterialRequest;
import nl.databiobank.lims.study.entity.RequestStep;

/** A material request as the API shows it, with its steps when asked for one request. */
public record RequestJson(long id, String study, String title, String purpose, String sampleType,
                          BigDecimal minQuantity, int participants, int aliquotsPerParticipant,
                          List<String> timePoints, List<String> diagnoses, List<String> dataItems, String status,
                          String requestedBy, Instant createdAt, String decidedBy, Instant decidedAt,
                          String decisionNote, Integer approvalVersion, String coordinator, List<StepJson> steps,
                          long version) {

    public record StepJson(String status, Instant at, String by, String note) {

        static StepJson of(RequestStep s) {
            return new StepJson(s.getStatus().name(), s.getOccurredAt(), s.getRecordedBy(), s.getNote());
        }
    }

    static RequestJson of(MaterialRequest r, List<RequestStep> steps) {
        return new RequestJson(r.getId(), r.getStudy().getCode(), r.getTitle(), r.getPurpose(), r.getSampleTypeCode(),
                r.getMinQuantity(), r.getParticipantsWanted(), r.getAliquotsPerParticipant(),
                List.copyOf(r.getTimePoints()), List.copyOf(r.getDiagnoses()),
                r.getDataItems().stream().map(Enum::name).toList(), r.getStatus().name(), r.getRequestedBy(),
                r.getCreatedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote(),
                r.getApproval() == null ? null : r.getApproval().getApprovalVersion(), r.getCoordinator(),
                steps == null ? null : steps.stream().map(StepJson::of).toList(), r.getVersion());
    }
}
