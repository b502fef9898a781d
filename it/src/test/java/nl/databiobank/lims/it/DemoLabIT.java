package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import nl.databiobank.lims.it.support.Samples;
import org.junit.jupiter.api.Test;

/** Demo mode also starts with a lab: freezers with racks and boxes, and the demo participants' tubes in them. */
@OnPayara
class DemoLabIT {

    /** The demo tree's site; tests make sites of their own with other names. */
    private static final String DEMO_FREEZERS = "select count(*) from storage_unit f join storage_unit r on r.id = f.parent_id"
            + " join storage_unit s on s.id = r.parent_id where f.kind = 'FREEZER' and s.name = 'UMCG Biobank'";
    private static final String DEMO_SAMPLES = " from sample s join sample_event e on e.sample_id = s.id"
            + " and e.kind = 'COLLECTED' and e.recorded_by = 'system (demo data)'";

    @Test
    void twoMinusEightyFreezersWithAFewDozenBoxesOfSeveralTypes() throws SQLException {
        assertEquals(2, number(DEMO_FREEZERS + " and f.temperature_class = '-80'"));
        assertTrue(number("select count(*) from box where name like 'serum %' or name like 'dna %'") >= 16);
        assertTrue(number("select count(distinct box_type_id) from box") >= 3);
    }

    @Test
    void hundredsOfSamplesMostStoredSomeWaitingSomeDestroyed() throws SQLException {
        long all = number("select count(*)" + DEMO_SAMPLES);
        long aliquots = number("select count(*) from sample a where a.parent_id in (select s.id" + DEMO_SAMPLES + ")");
        assertTrue(all + aliquots >= 300, () -> all + " primary and " + aliquots + " children");
        long stored = number("select count(*) from sample_location");
        assertTrue(stored >= 200, () -> stored + " stored");
        assertTrue(number("select count(*) from sample c where c.status = 'AVAILABLE' and c.parent_id is not null"
                + " and not exists (select 1 from sample_location l where l.sample_id = c.id)") >= 5);
        assertTrue(number("select count(*) from sample where status = 'DESTROYED'") >= 3);
    }

    @Test
    void aDemoTubeIsReadLikeAnyOther() throws SQLException {
        String barcode;
        try (Connection db = Database.connect(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select s.barcode from sample s join sample_location l on l.sample_id = s.id"
                     + " join collection c on c.id = s.collection_id where c.recorded_by = 'system (demo data)'"
                     + " order by s.id limit 1")) {
            row.next();
            barcode = row.getString(1);
        }
        JsonObject sample = Samples.sample(barcode);
        assertTrue(sample.getJsonObject("location").getString("box").startsWith("B"));
    }

    private static long number(String query) throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
