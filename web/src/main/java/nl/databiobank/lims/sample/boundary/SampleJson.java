package nl.databiobank.lims.sample.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

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
        json.add("quantity", plain(s.quantity()))
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

    /** 5 rather than 5.000, and 10 rather than 1E+1. */
    public static BigDecimal plain(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
