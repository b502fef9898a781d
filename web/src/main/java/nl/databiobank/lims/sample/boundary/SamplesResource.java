package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import jakarta.json.JsonObject;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.sample.entity.Sample;

/** Samples by barcode: look up, search, split, derive, and their chain of custody. */
@Path("samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SamplesResource {

    @EJB
    SampleService samples;

    public record PageJson(List<JsonObject> items, long total) {
    }

    public record AliquotsJson(Integer count, BigDecimal quantity) {
    }

    public record DerivativesJson(String type, Integer count, BigDecimal quantity, BigDecimal taken, String container) {
    }

    public record EventJson(String kind, String detail) {
    }

    /** The samples made, by barcode, in order, with their full description. */
    public record ChildrenJson(List<String> barcodes, List<JsonObject> items) {
    }

    @GET
    @Path("{barcode}")
    public JsonObject get(@PathParam("barcode") String barcode) {
        return SampleJson.of(samples.summary(barcode));
    }

    @GET
    public PageJson search(@QueryParam("type") String type, @QueryParam("status") String status,
                           @QueryParam("participant") String participant, @QueryParam("stored") Boolean stored,
                           @QueryParam("limit") @DefaultValue("100") int limit,
                           @QueryParam("offset") @DefaultValue("0") int offset) {
        SamplePage page = samples.search(new SampleFilter(type, status, participant, stored, limit, offset));
        return new PageJson(page.items().stream().map(SampleJson::of).toList(), page.total());
    }

    @GET
    @Path("{barcode}/events")
    public List<SampleEventJson> events(@PathParam("barcode") String barcode) {
        return samples.events(barcode).stream().map(SampleEventJson::of).toList();
    }

    /** Records a custody event: RECEIVED, THAWED, CHECKED_OUT, RETURNED, DESTROYED (with detail), ... */
    @POST
    @Path("{barcode}/events")
    public Response record(@PathParam("barcode") String barcode, EventJson request) {
        EventJson body = JsonInput.required(request);
        return Response.status(Response.Status.CREATED)
                .entity(SampleEventJson.of(samples.record(barcode, body.kind(), body.detail()))).build();
    }

    @POST
    @Path("{barcode}/aliquots")
    public Response aliquot(@PathParam("barcode") String barcode, AliquotsJson request) {
        AliquotsJson body = JsonInput.required(request);
        return created(samples.aliquot(barcode, body.count() == null ? 0 : body.count(), body.quantity()));
    }

    @POST
    @Path("{barcode}/derivatives")
    public Response derive(@PathParam("barcode") String barcode, DerivativesJson request) {
        DerivativesJson body = JsonInput.required(request);
        return created(samples.derive(barcode, new NewDerivative(body.type(), body.count() == null ? 0 : body.count(),
                body.quantity(), body.taken(), body.container())));
    }

    private Response created(List<Sample> children) {
        List<String> barcodes = children.stream().map(Sample::getBarcode).toList();
        List<JsonObject> items = barcodes.stream().map(samples::summary).map(SampleJson::of).toList();
        return Response.status(Response.Status.CREATED).entity(new ChildrenJson(barcodes, items)).build();
    }
}
