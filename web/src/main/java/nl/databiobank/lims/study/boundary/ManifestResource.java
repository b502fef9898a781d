package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The manifest of a shipped request, to download: {@code GET /api/requests/17/manifest.xlsx} or
 * {@code …/manifest.pdf}. The root path has a literal prefix of its own ("requests/…/manifest."),
 * longer than that of {@link RequestsResource}, so JAX-RS picks this class for these two files.
 */
@Path("requests/{id}/manifest.{format: xlsx|pdf}")
public class ManifestResource {

    @EJB
    ManifestService manifests;

    // JSON too, so that a client asking for JSON gets the 404 rather than a 406
    @GET
    @Produces({ManifestService.XLSX, ManifestService.PDF, MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") long id, @PathParam("format") String format) {
        ManifestFile file = "pdf".equals(format) ? manifests.pdf(id) : manifests.xlsx(id);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}
