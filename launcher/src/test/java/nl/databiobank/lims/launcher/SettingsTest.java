package nl.databiobank.lims.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path ROOT = Path.of("/project");

    @Test
    void defaultsToTheEmbeddedDatabaseInDemoModeOnTheUsualPorts() {
        Settings settings = Settings.from(Map.of(), ROOT);

        assertEquals(Path.of("/project/.lims"), settings.home());
        assertEquals(new ServerPorts(8080, 4848), settings.ports());
        assertTrue(settings.externalDatabase().isEmpty());
        assertTrue(settings.demo());
        assertEquals("http://localhost:8080/", settings.url().toString());
    }

    @Test
    void anExternalDatabaseTurnsDemoModeOffUnlessAskedFor() {
        Map<String, String> external = Map.of("LIMS_DB_URL", "jdbc:postgresql://db:5432/lims",
                "LIMS_DB_USER", "lims", "LIMS_DB_PASSWORD", "secret");

        assertFalse(Settings.from(external, ROOT).demo());
        assertEquals("lims", Settings.from(external, ROOT).externalDatabase().orElseThrow().user());

        Map<String, String> externalWithDemo = new HashMap<>(external);
        externalWithDemo.put("LIMS_DEMO", "true");
        assertTrue(Settings.from(externalWithDemo, ROOT).demo());
    }

    @Test
    void refusesHalfAnExternalDatabase() {
        LaunchFailure failure = assertThrows(LaunchFailure.class,
                () -> Settings.from(Map.of("LIMS_DB_URL", "jdbc:postgresql://db/lims"), ROOT));

        assertTrue(failure.getMessage().contains("LIMS_DB_USER"));
    }

    @Test
    void namesTheVariableOfABadValue() {
        assertTrue(assertThrows(LaunchFailure.class, () -> Settings.from(Map.of("LIMS_HTTP_PORT", "80800"), ROOT))
                .getMessage().startsWith("LIMS_HTTP_PORT=80800"));
        assertTrue(assertThrows(LaunchFailure.class, () -> Settings.from(Map.of("LIMS_DEMO", "yes"), ROOT))
                .getMessage().startsWith("LIMS_DEMO=yes"));
    }
}
