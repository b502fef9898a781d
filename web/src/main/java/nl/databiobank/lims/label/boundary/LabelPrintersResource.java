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
import nl.databiobank.lims.label.entity.LabelPrinter;
import nl.databiobank.lims.platform.boundary.JsonInput;

/**
 * Network label printers: listed for whoever prints labels, added and changed by an ADMIN (a
 * change takes a reason, X-Reason), and a test label sent by an ADMIN.
 */
@Path("label-printers")
@Produces(MediaType.APPLICATION_JSON)
public class LabelPrintersResource {

    @EJB
    LabelSetupService setup;

    @EJB
    LabelPrinting printing;

    @Context
    HttpHeaders headers;

    public record PrinterJson(String name, String host, Integer port, Integer dpi, Boolean active) {

        static PrinterJson of(LabelPrinter p) {
            return new PrinterJson(p.getName(), p.getHost(), p.getPort(), p.getDpi(), p.isActive());
        }

        NewLabelPrinter toRequest() {
            return new NewLabelPrinter(name, host, port, dpi, active);
        }
    }

    @GET
    public List<PrinterJson> all() {
        return setup.printers().stream().map(PrinterJson::of).toList();
    }

    @GET
    @Path("{name}")
    public PrinterJson one(@PathParam("name") String name) {
        return PrinterJson.of(setup.printer(name));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(PrinterJson request) {
        LabelPrinter added = setup.addPrinter(JsonInput.required(request).toRequest());
        return Response.status(Response.Status.CREATED).entity(PrinterJson.of(added)).build();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrinterJson update(@PathParam("name") String name, PrinterJson request, @HeaderParam("X-Reason") String reason) {
        return PrinterJson.of(setup.updatePrinter(name, JsonInput.required(request).toRequest(), reason));
    }

    /** Sends one test label, on the default sample layout or the one named in {@code ?layout=}. */
    @POST
    @Path("{name}/test")
    public Printed test(@PathParam("name") String name, @QueryParam("layout") String layout) {
        return printing.test(name, LabelRequests.options(layout, null, null, headers));
    }
}
