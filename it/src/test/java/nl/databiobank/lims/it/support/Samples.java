package nl.databiobank.lims.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;

/** Participants with consent, their collections and a storage tree of a test's own, made through the API. */
public final class Samples {

    private Samples() {
    }

    public static Api technician() {
        return Api.as(DemoLogins.of("technician"));
    }

    public static Api admin() {
        return Api.as(DemoLogins.admin());
    }

    /** A new participant who consented on 2026-09-10 to everything except the items given as false. */
    public static String consentedParticipant(Map<String, Boolean> exceptions) {
        String pseudonym = Participants.enrol();
        Api.Response consent = Participants.nurse().post("/api/participants/" + pseudonym + "/consents",
                Participants.consent("2026-09-10", exceptions));
        if (consent.status() != 201) {
            throw new AssertionError("Consent failed: " + consent);
        }
        return pseudonym;
    }

    /** A collection on 2026-10-01 of "TYPE:quantity" samples, received at once; answers the barcodes. */
    public static List<String> collect(String pseudonym, String... typesAndQuantities) {
        Api.Response response = technician().post(collections(pseudonym), collection("2026-10-01T09:30", typesAndQuantities));
        if (response.status() != 201) {
            throw new AssertionError("Collection failed: " + response);
        }
        return response.object().getJsonArray("barcodes").getValuesAs(JsonString::getString);
    }

    public static JsonObject collection(String collectedAt, String... typesAndQuantities) {
        JsonArrayBuilder samples = Json.createArrayBuilder();
        for (String typeAndQuantity : typesAndQuantities) {
            String[] parts = typeAndQuantity.split(":");
            samples.add(Json.createObjectBuilder().add("type", parts[0]).add("quantity", Double.parseDouble(parts[1])));
        }
        return Json.createObjectBuilder().add("collectedAt", collectedAt).add("hospital", "UMCG")
                .add("timePoint", "BASELINE").add("procedure", "venipuncture").add("received", true)
                .add("samples", samples).build();
    }

    public static String collections(String pseudonym) {
        return "/api/participants/" + pseudonym + "/collections";
    }

    public static JsonObject sample(String barcode) {
        Api.Response response = technician().get("/api/samples/" + barcode);
        if (response.status() != 200) {
            throw new AssertionError("Sample lookup failed: " + response);
        }
        return response.object();
    }

    /** A new box of {@code boxType} in a freezer (-80) and rack of its own; answers the box barcode. */
    public static String newBox(String boxType) {
        return newBox(boxType, newRack());
    }

    public static String newBox(String boxType, String rack) {
        Api.Response box = admin().post("/api/storage/boxes", Json.createObjectBuilder().add("boxType", boxType)
                .add("rack", rack).add("name", "Test box").build());
        if (box.status() != 201) {
            throw new AssertionError("Box failed: " + box);
        }
        return box.object().getString("barcode");
    }

    /** A new rack in a new -80 freezer; answers the rack barcode. */
    public static String newRack() {
        String name = Users.uniqueName("t");
        long site = unit("SITE", name, null, null).getJsonNumber("id").longValue();
        long room = unit("ROOM", "Lab", String.valueOf(site), null).getJsonNumber("id").longValue();
        String freezer = unit("FREEZER", "Freezer", String.valueOf(room), "-80").getString("barcode");
        return unit("RACK", "Rack", freezer, null).getString("barcode");
    }

    private static JsonObject unit(String kind, String name, String parent, String temperature) {
        var body = Json.createObjectBuilder().add("kind", kind).add("name", name);
        if (parent != null) {
            body.add("parent", parent);
        }
        if (temperature != null) {
            body.add("temperatureClass", temperature);
        }
        Api.Response unit = admin().post("/api/storage/units", body.build());
        if (unit.status() != 201) {
            throw new AssertionError("Storage unit failed: " + unit);
        }
        return unit.object();
    }

    public static Api.Response store(String box, String position, String sample) {
        return technician().put("/api/storage/boxes/" + box + "/positions/" + position,
                Json.createObjectBuilder().add("sample", sample).build());
    }
}
