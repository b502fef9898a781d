package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;

/**
 * The answers and scores of a questionnaire as an .xlsx for the scientific staff, streamed:
 * {@code GET /api/questionnaires/QLQ-C30/responses/export?cohort=Colorectal&hospital=MCL}.
 */
@Path("questionnaires/{code}/responses/export")
public class ResponseExportResource {

    @EJB
    ResponseExport export;

    // JSON too, so that a client asking for JSON gets the 404 or 400 rather than a 406
    @GET
    @Produces({ResponseImportResource.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("code") String code, @QueryParam("cohort") String cohort,
                           @QueryParam("hospital") String hospital) {
        // refused before the first byte: once the workbook streams, the status can no longer change
        export.check(code, hospital);
        StreamingOutput workbook = out -> export.export(code, cohort, hospital, out);
        return Response.ok(workbook, ResponseImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(code, cohort, hospital) + "\"")
                .build();
    }

    static String fileName(String code, String cohort, String hospital) {
        StringBuilder name = new StringBuilder("questionnaire-export-").append(safe(code));
        if (cohort != null && !cohort.isBlank()) {
            name.append('-').append(safe(cohort));
        }
        if (hospital != null && !hospital.isBlank()) {
            name.append('-').append(safe(hospital));
        }
        return name.append('-').append(LocalDate.now()).append(".xlsx").toString();
    }

    private static String safe(String text) {
        return text.trim().replaceAll("[^A-Za-z0-9_-]", "");
    }
}
