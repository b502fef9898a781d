package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.platform.boundary.InvalidInputException;

/** The ethics officer's audit: releases per study, each checked against its approval; and whom to notify. */
@Path("releases")
@Produces(MediaType.APPLICATION_JSON)
public class ReleasesResource {

    @EJB
    ReleaseService releases;

    public record ReleaseJson(long requestId, String title, String requestedBy, int approvalVersion,
                              String approvalReference, String shippedOn, String recipient, long samples,
                              long participants, List<String> sampleTypes, List<String> dataItems,
                              boolean withinScope, List<String> scopeProblems) {

        static ReleaseJson of(Release r) {
            return new ReleaseJson(r.requestId(), r.title(), r.requestedBy(), r.approvalVersion(),
                    r.approvalReference(), r.shippedOn().toString(), r.recipient(), r.samples(), r.participants(),
                    r.sampleTypes(), r.dataItems(), r.withinScope(), r.scopeProblems());
        }
    }

    public record ToNotifyJson(long requestId, String study, String message, Instant since) {
    }

    /** {@code ?study=OLS-2026-01}: every release of the study. */
    @GET
    public List<ReleaseJson> ofStudy(@QueryParam("study") String study) {
        if (study == null || study.isBlank()) {
            throw new InvalidInputException("study", "field.required");
        }
        return releases.ofStudy(study).stream().map(ReleaseJson::of).toList();
    }

    @GET
    @Path("recipients-to-notify")
    public List<ToNotifyJson> recipientsToNotify() {
        return releases.recipientsToNotify().stream().map(n -> new ToNotifyJson(n.getRequest().getId(),
                n.getRequest().getStudy().getCode(), n.getMessage(), n.getCreatedAt())).toList();
    }
}
