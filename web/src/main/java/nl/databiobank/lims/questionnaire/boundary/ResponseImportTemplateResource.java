package nl.databiobank.lims.questionnaire.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The .xlsx to fill in for an import of responses to a questionnaire: header row, example row, explanation. */
@Path("questionnaires/{code}/responses/import-template")
public class ResponseImportTemplateResource {

    @EJB
    ResponseImport responseImport;

    // JSON too, so that a client asking for JSON gets the 404 of an unknown questionnaire rather than a 406
    @GET
    @Produces({ResponseImportResource.XLSX, MediaType.APPLICATION_JSON})
    public Response template(@PathParam("code") String code) {
        byte[] xlsx = responseImport.template(code);
        return Response.ok(xlsx, ResponseImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(code) + "\"")
                .build();
    }

    static String fileName(String code) {
        return "questionnaire-import-" + code.replaceAll("[^A-Za-z0-9_-]", "") + ".xlsx";
    }
}
