package nl.databiobank.lims.sample.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.databiobank.lims.sample.entity.Sample;

/**
 * A sample as outside tools read it, the exact shape of GET /api/samples/{barcode}: the participant
 * by pseudonym only; "parent" and "location" present as null when there is none. Built with JSON-P
 * so that no binding default can drop a null member from the contract.
 */
public final class SampleJson {

    private SampleJson() {
    }

    public static JsonObject of(SampleSummary s) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("barcode", s.barcode())
                .add("type", s.type())
                .add("status", s.status().name())
                .add("participant", s.participant());
        nullable(json, "parent", s.parent());
        json.add("quantity", Sample.plain(s.quantity()))
                .add("unit", s.unit().symbol());
        if (s.isStored()) {
            json.add("location", Json.createObjectBuilder().add("box", s.box()).add("position", s.position().name()));
        } else {
            json.addNull("location");
        }
        return json.add("freezeThawCount", s.freezeThawCount()).build();
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

}
