package nl.databiobank.lims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.databiobank.lims.it.support.Database;
import nl.databiobank.lims.it.support.OnPayara;
import org.junit.jupiter.api.Test;

/** Demo mode starts with schedules in every state and completed questionnaires whose scores differ and change. */
@OnPayara
class DemoQuestionnairesIT {

    private static final String DEMO_RESPONSES = " from questionnaire_response r join participant_time_point t"
            + " on t.id = r.time_point_id where r.entered_by = 'system (demo data)'";

    @Test
    void pastTimePointsMostlyAnsweredSomeMissedSomeStoppedSomeStillOpen() throws SQLException {
        assertTrue(number("select count(*)" + DEMO_RESPONSES) >= 100);
        assertTrue(number("select count(*) from participant_time_point t where t.stopped_on is null and t.window_end"
                + " < current_date and not exists (select 1 from questionnaire_response r where r.time_point_id = t.id)")
                >= 5, "missed");
        assertTrue(number("select count(*) from participant_time_point where stopped_on is not null") >= 3, "stopped");
        assertTrue(number("select count(*) from participant_time_point t where t.stopped_on is null and t.window_start"
                + " <= current_date and t.window_end >= current_date and not exists (select 1 from questionnaire_response r"
                + " where r.time_point_id = t.id)") >= 1, "due or overdue");
    }

    @Test
    void scoresDifferBetweenPatientsAndDipDuringTreatment() throws SQLException {
        assertTrue(number("select count(distinct s.score) from questionnaire_score s where s.scale_code = 'SUM'") >= 30);
        long baseline = number("select round(avg(s.score))" + " from questionnaire_score s join questionnaire_response r"
                + " on r.id = s.response_id join participant_time_point t on t.id = r.time_point_id"
                + " where s.scale_code = 'QL2' and t.point_code = 'T0'");
        long threeMonths = number("select round(avg(s.score))" + " from questionnaire_score s join questionnaire_response r"
                + " on r.id = s.response_id join participant_time_point t on t.id = r.time_point_id"
                + " where s.scale_code = 'QL2' and t.point_code = 'M3'");
        assertTrue(threeMonths < baseline, () -> "QL2 at 3 months " + threeMonths + ", at baseline " + baseline);
    }

    @Test
    void theHaematologyCohortCountsFromTheStartOfTreatment() throws SQLException {
        assertEquals(0, number("select count(*) from participant p join participant_time_point t on t.participant_id = p.id"
                + " join schedule_point sp on sp.id = t.schedule_point_id join questionnaire_schedule s on s.id ="
                + " sp.schedule_id where p.cohort = 'Haematology' and (s.anchor <> 'TREATMENT_START'"
                + " or t.target_date <> p.treatment_start + make_interval(months => sp.offset_months, days => sp.offset_days))"));
        assertTrue(number("select count(*) from participant p join participant_time_point t on t.participant_id = p.id"
                + " where p.cohort = 'Haematology'") >= 6);
    }

    private static long number(String sql) throws SQLException {
        try (Connection db = Database.connect(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
