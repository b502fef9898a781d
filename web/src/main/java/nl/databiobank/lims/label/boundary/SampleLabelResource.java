package nl.databiobank.lims.label.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A sample's label: {@code GET ?format=png|pdf|zpl} (PDF when not given; {@code layout},
 * {@code dpi} for ZPL, {@code start} for the PDF sheet optional), or {@code POST print} with
 * {@code {"printer": name}} to send it to a network printer. 404 for an unknown sample, 400 for
 * a wrong check character.
 */
@Path("samples/{barcode}/label")
public class SampleLabelResource {

    @EJB
    LabelService labels;

    @EJB
    LabelPrinting printing;

    @Context
    HttpHeaders headers;

    @GET
    public Response label(@PathParam("barcode") String barcode, @QueryParam("format") String format,
                          @QueryParam("layout") String layout, @QueryParam("dpi") String dpi,
                          @QueryParam("start") String start) {
        return LabelRequests.download(labels.sample(barcode,
                LabelFormat.parse(format, LabelFormat.PNG, LabelFormat.PDF, LabelFormat.ZPL),
                LabelRequests.options(layout, dpi, start, headers)));
    }

    @POST
    @Path("print")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Printed print(@PathParam("barcode") String barcode, PrintJson request) {
        return printing.sample(barcode, LabelRequests.printer(request), LabelRequests.options(request, headers));
    }
}
