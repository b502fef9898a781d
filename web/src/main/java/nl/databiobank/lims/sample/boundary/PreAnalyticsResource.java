package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.sample.entity.PreAnalytics;
import nl.databiobank.lims.sample.entity.Sample;

/**
 * A sample's pre-analytical data and its SPREC code: PUT the facts (and the SPREC elements that
 * cannot be derived, as {@code "sprec": {"4": "A"}}); a correction takes a reason (X-Reason).
 */
@Path("samples/{barcode}/pre-analytics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreAnalyticsResource {

    @EJB
    SampleService samples;

    @JsonbNillable
    public record PreAnalyticsJson(String receivedAt, String centrifugedAt, String centrifugationEndedAt,
                                   String preCentrifugationTemperature, String postCentrifugationTemperature,
                                   String frozenAt, String tissueCollectionType, Integer warmIschaemiaMinutes,
                                   Integer coldIschaemiaMinutes, String fixationType, Integer fixationMinutes,
                                   Map<String, String> sprec) {

        PreAnalytics toFacts() {
            return new PreAnalytics(JsonInput.dateTime(receivedAt, "receivedAt"),
                    JsonInput.dateTime(centrifugedAt, "centrifugedAt"),
                    JsonInput.dateTime(centrifugationEndedAt, "centrifugationEndedAt"), upper(preCentrifugationTemperature),
                    upper(postCentrifugationTemperature), JsonInput.dateTime(frozenAt, "frozenAt"),
                    upper(tissueCollectionType), warmIschaemiaMinutes, coldIschaemiaMinutes, upper(fixationType),
                    fixationMinutes);
        }

        Map<Integer, String> entered() {
            Map<Integer, String> entered = new HashMap<>();
            if (sprec != null) {
                sprec.forEach((element, code) -> {
                    if (!element.matches("[1-7]")) {
                        throw new InvalidInputException("sprec." + element, "sprec.element.number");
                    }
                    if (code != null && !code.isBlank()) {
                        entered.put(Integer.valueOf(element), code);
                    }
                });
            }
            return entered;
        }

        private static String upper(String text) {
            return text == null || text.isBlank() ? null : text.trim().toUpperCase();
        }
    }

    @JsonbNillable
    public record RecordedJson(String barcode, String sprecCode, Map<String, String> sprecEntered, Instant collectedAt,
                               Instant receivedAt) {

        static RecordedJson of(Sample s) {
            Map<String, String> entered = new HashMap<>();
            SprecRecorder.entered(s.getSprecEntered()).forEach((k, v) -> entered.put(k.toString(), v));
            return new RecordedJson(s.getBarcode(), s.getSprecCode(), entered, s.getCollectedAt(), s.getReceivedAt());
        }
    }

    @GET
    public RecordedJson get(@PathParam("barcode") String barcode) {
        return RecordedJson.of(samples.sample(barcode));
    }

    @PUT
    public RecordedJson record(@PathParam("barcode") String barcode, PreAnalyticsJson request,
                               @HeaderParam("X-Reason") String reason) {
        PreAnalyticsJson body = JsonInput.required(request);
        return RecordedJson.of(samples.recordPreAnalytics(barcode, body.toFacts(), body.entered(), reason));
    }
}
