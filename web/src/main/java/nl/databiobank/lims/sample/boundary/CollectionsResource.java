package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import jakarta.json.JsonObject;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.sample.entity.Sample;

/** Registering a collection of a participant with its primary samples; answers the new barcodes. */
@Path("participants/{pseudonym}/collections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CollectionsResource {

    @EJB
    CollectionService collections;

    @EJB
    SampleService samples;

    public record PrimarySampleJson(String type, BigDecimal quantity, String container, String barcode) {
    }

    public record CollectionJson(String collectedAt, String hospital, String timePoint, String procedure,
                                 Boolean received, List<PrimarySampleJson> samples) {

        NewCollection toRequest() {
            return new NewCollection(JsonInput.dateTime(collectedAt, "collectedAt"), hospital, timePoint, procedure,
                    Boolean.TRUE.equals(received), samples == null ? null : samples.stream()
                    .map(s -> s == null ? null : new NewPrimarySample(s.type(), s.quantity(), s.container(), s.barcode()))
                    .toList());
        }
    }

    public record RegisteredJson(long id, String participant, Instant collectedAt, String hospital, String timePoint,
                                 List<String> barcodes, List<JsonObject> samples) {
    }

    @POST
    public Response register(@PathParam("pseudonym") String pseudonym, CollectionJson request) {
        CollectionService.Registered registered = collections.register(pseudonym, JsonInput.required(request).toRequest());
        List<String> barcodes = registered.samples().stream().map(Sample::getBarcode).toList();
        var collection = registered.collection();
        return Response.status(Response.Status.CREATED).entity(new RegisteredJson(collection.getId(),
                collection.getParticipant().getPseudonym(), collection.getCollectedAt(),
                collection.getHospital().getCode(), collection.getTimePoint(), barcodes,
                barcodes.stream().map(samples::summary).map(SampleJson::of).toList())).build();
    }
}
