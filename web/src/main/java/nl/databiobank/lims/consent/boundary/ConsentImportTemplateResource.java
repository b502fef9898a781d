package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The .xlsx to fill in for an import of consents on one form version: header row and one example row. */
@Path("consent-forms/{code}/{version}/import-template")
public class ConsentImportTemplateResource {

    @EJB
    ConsentImport consentImport;

    // JSON too, so that a client asking for JSON gets the 404 of an unknown form rather than a 406
    @GET
    @Produces({ConsentImportResource.XLSX, MediaType.APPLICATION_JSON})
    public Response template(@PathParam("code") String code, @PathParam("version") int version) {
        byte[] xlsx = consentImport.template(code, version);
        String fileName = "consent-import-" + code.replaceAll("[^A-Za-z0-9_-]", "") + "-v" + version + ".xlsx";
        return Response.ok(xlsx, ConsentImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
