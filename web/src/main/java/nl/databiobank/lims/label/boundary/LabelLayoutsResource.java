package nl.databiobank.lims.label.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.databiobank.lims.label.entity.LabelLayoutDefinition;
import nl.databiobank.lims.platform.boundary.JsonInput;

/**
 * Label layouts: listed for whoever prints labels, added and changed by an ADMIN (a change takes
 * a reason, X-Reason), and a preview of each with made-up content.
 */
@Path("label-layouts")
public class LabelLayoutsResource {

    @EJB
    LabelSetupService setup;

    @EJB
    LabelService labels;

    @Context
    HttpHeaders headers;

    /**
     * A layout. {@code textLines} (answers only) is how many of a label's text lines fit on it.
     */
    public record LayoutJson(String name, String purpose, Double widthMm, Double heightMm, String symbology,
                             Double marginMm, Double moduleMm, Double barHeightMm, Double identifierSizePt,
                             Double textSizePt, Boolean defaultLayout, Boolean active, Integer textLines) {

        NewLabelLayout toRequest() {
            return new NewLabelLayout(name, purpose, widthMm, heightMm, symbology, marginMm, moduleMm, barHeightMm,
                    identifierSizePt, textSizePt, defaultLayout, active);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LayoutJson> all() {
        return setup.layouts().stream().map(this::of).toList();
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public LayoutJson one(@PathParam("name") String name) {
        return of(setup.layout(name));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(LayoutJson request) {
        LabelLayoutDefinition added = setup.addLayout(JsonInput.required(request).toRequest());
        return Response.status(Response.Status.CREATED).entity(of(added)).build();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LayoutJson update(@PathParam("name") String name, LayoutJson request, @HeaderParam("X-Reason") String reason) {
        return of(setup.updateLayout(name, JsonInput.required(request).toRequest(), reason));
    }

    /** A label with made-up content on this layout: {@code ?format=png|pdf|zpl} (PNG when not given). */
    @GET
    @Path("{name}/preview")
    public Response preview(@PathParam("name") String name, @QueryParam("format") String format,
                            @QueryParam("dpi") String dpi) {
        LabelFormat chosen = format == null || format.isBlank() ? LabelFormat.PNG
                : LabelFormat.parse(format, LabelFormat.PNG, LabelFormat.PDF, LabelFormat.ZPL);
        return LabelRequests.download(labels.preview(name, chosen, LabelRequests.options(null, dpi, null, headers)));
    }

    private LayoutJson of(LabelLayoutDefinition l) {
        return new LayoutJson(l.getName(), l.getPurpose().name(), l.getWidthMm(), l.getHeightMm(), l.getSymbology().name(),
                l.getMarginMm(), l.getModuleMm(), l.getBarHeightMm(), l.getIdentifierSizePt(), l.getTextSizePt(),
                l.isDefaultLayout(), l.isActive(), setup.linesThatFit(l));
    }
}
