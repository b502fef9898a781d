package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import nl.databiobank.lims.platform.boundary.ImportReport;
import nl.databiobank.lims.platform.boundary.Uploads;

/**
 * Import of historic consents from an .xlsx: the raw file is the body, its name comes in
 * {@code X-File-Name} (or {@code ?fileName=}). 201 {@code {"imported": N}}, or 400 with one detail per
 * bad cell ({@code "row 3: signed_on"}) and nothing saved.
 */
@Path("participants/consents/import")
public class ConsentImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    ConsentImport consentImport;

    public record ImportedJson(int imported) {
    }

    // any content type: a wrong one is answered by looking at the bytes, with a message that says what to send
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importConsents(@HeaderParam("X-File-Name") String fileNameHeader,
                                   @QueryParam("fileName") String fileNameQuery, InputStream body) {
        byte[] xlsx = Uploads.readAtMost(body, ConsentImport.MAX_BYTES, "consentImport.file.required",
                "consentImport.file.tooLarge", ConsentImport.MAX_BYTES / (1024 * 1024));
        String fileName = fileNameHeader == null || fileNameHeader.isBlank() ? fileNameQuery : fileNameHeader;
        ImportReport report = consentImport.importConsents(fileName, xlsx);
        return Response.status(Response.Status.CREATED).entity(new ImportedJson(report.imported())).build();
    }}
