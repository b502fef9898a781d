package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import nl.databiobank.lims.platform.boundary.ImportReport;
import nl.databiobank.lims.platform.boundary.Uploads;

/**
 * Import of paper questionnaires from an .xlsx, as the consent import: the raw file is the body.
 * 201 {@code {"imported": N}}, or 400 with one detail per bad cell ({@code "row 3: q29"}) and nothing
 * saved; 404 for an unknown questionnaire.
 */
@Path("questionnaires/{code}/responses/import")
public class ResponseImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    ResponseImport responseImport;

    public record ImportedJson(int imported) {
    }

    // any content type: a wrong one is answered by looking at the bytes, with a message that says what to send
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importResponses(@PathParam("code") String code, InputStream body) {
        byte[] xlsx = Uploads.readAtMost(body, ResponseImport.MAX_BYTES, "questionnaireImport.file.required",
                "questionnaireImport.file.tooLarge", ResponseImport.MAX_BYTES / (1024 * 1024));
        ImportReport report = responseImport.importResponses(code, xlsx);
        return Response.status(Response.Status.CREATED).entity(new ImportedJson(report.imported())).build();
    }
}
