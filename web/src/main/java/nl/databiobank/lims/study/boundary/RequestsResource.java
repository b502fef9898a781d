package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.study.control.Eligibility;
import nl.databiobank.lims.study.entity.MaterialRequest;

/**
 * Material requests: filing and feasibility (researchers), the review (ethics officers), and the
 * eligibility of a sample for a request, explained (the exact contract of issue 7).
 */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @EJB
    RequestService requests;

    @EJB
    FeasibilityService feasibility;

    @EJB
    EligibilityService eligibility;

    public record DecisionJson(Boolean approve, String note) {
    }

    public record EligibilityJson(boolean eligible, List<String> reasons) {

        static EligibilityJson of(Eligibility e) {
            return new EligibilityJson(e.eligible(), e.reasons());
        }
    }

    @GET
    public List<RequestJson> list() {
        return requests.visible().stream().map(r -> RequestJson.of(r, null)).toList();
    }

    /** Files a draft under one of the caller's studies; 201 with the request. */
    @POST
    public Response file(NewRequest request) {
        MaterialRequest filed = requests.file(JsonInput.required(request));
        return Response.created(UriBuilder.fromResource(RequestsResource.class).path(String.valueOf(filed.getId()))
                .build()).entity(RequestJson.of(filed, requests.steps(filed.getId()))).build();
    }

    /** Counts for criteria before filing: {"participants": "12", "samples": "< 5"}. */
    @POST
    @Path("feasibility")
    public Feasibility feasibility(NewRequest request) {
        return feasibility.of(JsonInput.required(request));
    }

    /** The officers' review queue: submitted and under review, the oldest first. */
    @GET
    @Path("review-queue")
    public List<RequestJson> reviewQueue() {
        return requests.reviewQueue().stream().map(r -> RequestJson.of(r, null)).toList();
    }

    @GET
    @Path("{id}")
    public RequestJson get(@PathParam("id") long id) {
        return RequestJson.of(requests.byId(id), requests.steps(id));
    }

    @GET
    @Path("{id}/feasibility")
    public Feasibility feasibility(@PathParam("id") long id) {
        return feasibility.ofRequest(id);
    }

    @POST
    @Path("{id}/submit")
    public RequestJson submit(@PathParam("id") long id) {
        requests.submit(id);
        return get(id);
    }

    @POST
    @Path("{id}/review")
    public RequestJson startReview(@PathParam("id") long id) {
        requests.startReview(id);
        return get(id);
    }

    /** The officer's decision: {"approve": true, "note": "conditions"} or {"approve": false, "note": "why"}. */
    @POST
    @Path("{id}/decision")
    public RequestJson decide(@PathParam("id") long id, DecisionJson decision) {
        DecisionJson body = JsonInput.required(decision);
        if (body.approve() == null) {
            throw new InvalidInputException("approve", "field.required");
        }
        requests.decide(id, body.approve(), body.note());
        return get(id);
    }

    @POST
    @Path("{id}/close")
    public RequestJson close(@PathParam("id") long id, StudiesResource.ReasonJson reason) {
        requests.close(id, JsonInput.required(reason).reason());
        return get(id);
    }

    public record NoticeJson(long id, long request, String kind, String addressee, String message,
                             Instant createdAt, Instant readAt) {
    }

    /** What the caller was told and has not marked read, the newest first. */
    @GET
    @Path("notices")
    public List<NoticeJson> unreadNotices() {
        return requests.unreadNotices().stream().map(n -> new NoticeJson(n.getId(), n.getRequest().getId(),
                n.getKind().name(), n.getAddressee(), n.getMessage(), n.getCreatedAt(), n.getReadAt())).toList();
    }

    @POST
    @Path("notices/{notice}/read")
    public Response markRead(@PathParam("notice") long notice) {
        requests.markRead(notice);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/notices")
    public List<NoticeJson> notices(@PathParam("id") long id) {
        return requests.notices(id).stream().map(n -> new NoticeJson(n.getId(), id, n.getKind().name(),
                n.getAddressee(), n.getMessage(), n.getCreatedAt(), n.getReadAt())).toList();
    }

    /** Whether the sample may be released for the request today, and every reason why not. */
    @GET
    @Path("{id}/eligibility")
    public EligibilityJson eligibility(@PathParam("id") long id, @QueryParam("sample") String barcode) {
        if (barcode == null || barcode.isBlank()) {
            throw new InvalidInputException("sample", "field.required");
        }
        return EligibilityJson.of(eligibility.explain(id, barcode));
    }
}
