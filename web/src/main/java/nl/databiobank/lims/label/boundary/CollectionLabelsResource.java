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
 * The labels of every tube of a collection (primary samples, aliquots and derivatives, all but
 * consumed and destroyed ones) in one go: {@code GET ?format=pdf|zpl}, or {@code POST print}.
 * The collection's id is the {@code id} that registering it answered.
 */
@Path("collections/{id}/labels")
public class CollectionLabelsResource {

    @EJB
    LabelService labels;

    @EJB
    LabelPrinting printing;

    @Context
    HttpHeaders headers;

    @GET
    public Response labels(@PathParam("id") String id, @QueryParam("format") String format,
                           @QueryParam("layout") String layout, @QueryParam("dpi") String dpi,
                           @QueryParam("start") String start) {
        return LabelRequests.download(labels.collection(id, LabelFormat.parse(format, LabelFormat.PDF, LabelFormat.ZPL),
                LabelRequests.options(layout, dpi, start, headers)));
    }

    @POST
    @Path("print")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Printed print(@PathParam("id") String id, PrintJson request) {
        return printing.collection(id, LabelRequests.printer(request), LabelRequests.options(request, headers));
    }
}
