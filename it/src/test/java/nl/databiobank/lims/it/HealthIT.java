package nl.databiobank.lims.it;

import nl.databiobank.lims.it.support.Api;
import nl.databiobank.lims.it.support.OnPayara;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@OnPayara
class HealthIT {

    @Test
    void readyWhenTheDatabaseAnswers() {
        Api.Response ready = Api.anonymous().get("/health/ready");

        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.object().getString("status"), ready::toString);
    }
}
