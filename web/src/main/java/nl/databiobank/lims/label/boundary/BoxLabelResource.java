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

/** A box's label (its barcode, name and box type): {@code GET ?format=png|pdf|zpl}, or {@code POST print}. */
@Path("storage/boxes/{box}/label")
public class BoxLabelResource {

    @EJB
    LabelService labels;

    @EJB
    LabelPrinting printing;

    @Context
    HttpHeaders headers;

    @GET
    public Response label(@PathParam("box") String box, @QueryParam("format") String format,
                          @QueryParam("layout") String layout, @QueryParam("dpi") String dpi,
                          @QueryParam("start") String start) {
        return LabelRequests.download(labels.box(box,
                LabelFormat.parse(format, LabelFormat.PNG, LabelFormat.PDF, LabelFormat.ZPL),
                LabelRequests.options(layout, dpi, start, headers)));
    }

    @POST
    @Path("print")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Printed print(@PathParam("box") String box, PrintJson request) {
        return printing.box(box, LabelRequests.printer(request), LabelRequests.options(request, headers));
    }
}
