package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.Study;
import nl.databiobank.lims.study.entity.StudyMember;

/**
 * Studies, their members and their ethics approvals. Ethics officers and administrators see every
 * study; a researcher only those they lead or belong to.
 */
@Path("studies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudiesResource {

    @EJB
    StudyService studies;

    @EJB
    ApprovalService approvals;

    public record NewStudyJson(String code, String title, String principalInvestigator, String institution,
                               String summary) {
    }

    public record StudyJson(String code, String title, String principalInvestigator, String institution,
                            String summary, String status, String createdBy, Instant createdAt, long version) {

        static StudyJson of(Study s) {
            return new StudyJson(s.getCode(), s.getTitle(), s.getPrincipalInvestigator(), s.getInstitution(),
                    s.getSummary(), s.getStatus().name(), s.getCreatedBy(), s.getCreatedAt(), s.getVersion());
        }
    }

    public record MemberJson(String username, String addedBy, Instant addedAt) {

        static MemberJson of(StudyMember m) {
            return new MemberJson(m.getUsername(), m.getAddedBy(), m.getAddedAt());
        }
    }

    public record ReasonJson(String reason) {
    }

    public record ScopeJson(List<String> sampleTypes, List<String> consentItems, List<String> dataItems) {
    }

    public record NewApprovalJson(String committee, String referenceNumber, String decisionDate, String validFrom,
                                  String validUntil, Integer amends, Integer maxParticipants, Integer maxSamples,
                                  ScopeJson scope) {

        NewApproval toRequest() {
            ScopeJson s = scope == null ? new ScopeJson(null, null, null) : scope;
            return new NewApproval(committee, referenceNumber, JsonInput.date(decisionDate, "decisionDate"),
                    JsonInput.date(validFrom, "validFrom"), JsonInput.date(validUntil, "validUntil"), amends,
                    maxParticipants, maxSamples, s.sampleTypes(), s.consentItems(), s.dataItems());
        }
    }

    public record ApprovalJson(String study, int approvalVersion, Integer amends, String committee,
                               String referenceNumber, LocalDate decisionDate, LocalDate validFrom,
                               LocalDate validUntil, Integer maxParticipants, Integer maxSamples, ScopeJson scope,
                               boolean validToday, String recordedBy, Instant recordedAt) {

        static ApprovalJson of(EthicsApproval a) {
            return new ApprovalJson(a.getStudy().getCode(), a.getApprovalVersion(),
                    a.getAmends().map(EthicsApproval::getApprovalVersion).orElse(null), a.getCommittee(),
                    a.getReferenceNumber(), a.getDecisionDate(), a.getValidFrom(), a.getValidUntil(),
                    a.getMaxParticipants(), a.getMaxSamples(),
                    new ScopeJson(List.copyOf(a.getSampleTypes()), List.copyOf(a.getConsentItems()),
                            a.getDataItems().stream().map(Enum::name).toList()),
                    a.isValidOn(LocalDate.now()), a.getRecordedBy(), a.getRecordedAt());
        }
    }

    /** A study with its members and its current approval. */
    public record StudyDetailJson(StudyJson study, List<MemberJson> members, ApprovalJson currentApproval) {
    }

    @GET
    public List<StudyJson> list() {
        return studies.visible().stream().map(StudyJson::of).toList();
    }

    @POST
    public Response create(NewStudyJson request) {
        NewStudyJson body = JsonInput.required(request);
        Study study = studies.create(new NewStudy(body.code(), body.title(), body.principalInvestigator(),
                body.institution(), body.summary()));
        return Response.created(UriBuilder.fromResource(StudiesResource.class).path(study.getCode()).build())
                .entity(StudyJson.of(study)).build();
    }

    @GET
    @Path("{code}")
    public StudyDetailJson get(@PathParam("code") String code) {
        Study study = studies.byCode(code);
        return new StudyDetailJson(StudyJson.of(study), studies.members(code).stream().map(MemberJson::of).toList(),
                approvals.current(study).map(ApprovalJson::of).orElse(null));
    }

    /** Closes the study, for a reason (JSON {"reason": ...}). */
    @POST
    @Path("{code}/close")
    public StudyJson close(@PathParam("code") String code, ReasonJson request) {
        return StudyJson.of(studies.close(code, JsonInput.required(request).reason()));
    }

    @GET
    @Path("{code}/members")
    public List<MemberJson> members(@PathParam("code") String code) {
        return studies.members(code).stream().map(MemberJson::of).toList();
    }

    public record NewMemberJson(String username) {
    }

    /** Adds a researcher; 201 with the member, also when they were a member already (nothing changes then). */
    @POST
    @Path("{code}/members")
    public Response addMember(@PathParam("code") String code, NewMemberJson request) {
        StudyMember member = studies.addMember(code, JsonInput.required(request).username());
        return Response.created(UriBuilder.fromResource(StudiesResource.class)
                        .path(member.getStudy().getCode()).path("members").path(member.getUsername()).build())
                .entity(MemberJson.of(member)).build();
    }

    /** Takes a researcher off the study; the reason (X-Reason) goes to the audit trail. */
    @DELETE
    @Path("{code}/members/{username}")
    public Response removeMember(@PathParam("code") String code, @PathParam("username") String username,
                                 @HeaderParam("X-Reason") String reason) {
        studies.removeMember(code, username, reason);
        return Response.noContent().build();
    }

    /** Every version of the study's approval, the first first. */
    @GET
    @Path("{code}/approvals")
    public List<ApprovalJson> approvals(@PathParam("code") String code) {
        return approvals.versions(code).stream().map(ApprovalJson::of).toList();
    }

    /** Records the first approval, or with {@code "amends": n} an amendment of current version n. */
    @POST
    @Path("{code}/approvals")
    public Response recordApproval(@PathParam("code") String code, NewApprovalJson request) {
        EthicsApproval approval = approvals.record(code, JsonInput.required(request).toRequest());
        return Response.created(UriBuilder.fromResource(StudiesResource.class).path(approval.getStudy().getCode())
                        .path("approvals").path(String.valueOf(approval.getApprovalVersion())).build())
                .entity(ApprovalJson.of(approval)).build();
    }

    /** One version of the study's approval. */
    @GET
    @Path("{code}/approvals/{version}")
    public ApprovalJson approval(@PathParam("code") String code, @PathParam("version") int version) {
        return approvals.versions(code).stream().filter(a -> a.getApprovalVersion() == version).findFirst()
                .map(ApprovalJson::of)
                .orElseThrow(() -> new UnknownEntityException(
                        "approval.unknown", version, code));
    }
}
