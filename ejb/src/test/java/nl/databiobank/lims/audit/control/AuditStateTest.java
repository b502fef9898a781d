package nl.databiobank.lims.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.audit.entity.AuditedEntity;
import nl.databiobank.lims.audit.entity.FieldChange;
import nl.databiobank.lims.audit.entity.NotAudited;
import nl.databiobank.lims.audit.entity.Redacted;
import org.junit.jupiter.api.Test;

class AuditStateTest {

    @Entity
    static class Thing extends AuditedEntity {
        @Id
        Long id = 3L;
        String name = "tube";
        @Redacted
        String secret = "s1";
        @NotAudited
        int counter;
        @Version
        long version;
        Thing parent;

        @Override
        public Long getId() {
            return id;
        }
    }

    @Test
    void readsEveryAuditedFieldAndNamesReferencesById() {
        Thing thing = new Thing();
        thing.parent = new Thing();
        thing.parent.id = 9L;
        Map<String, String> state = AuditState.of(thing);
        assertEquals(Map.of("name", "tube", "secret", "s1", "parent", "9"), Map.copyOf(state));
        assertFalse(state.containsKey("counter"));
        assertFalse(state.containsKey("version"));
        assertEquals("Thing", AuditState.entityType(thing));
    }

    @Test
    void diffListsOnlyChangedFieldsAndMasksRedactedValues() {
        Thing thing = new Thing();
        Map<String, String> before = AuditState.of(thing);
        thing.name = "vial";
        thing.secret = "s2";
        thing.counter = 5;
        List<FieldChange> changes = AuditState.diff(before, AuditState.of(thing), Thing.class);
        assertEquals(List.of(new FieldChange("name", "tube", "vial"),
                new FieldChange("secret", Redacted.MASK, Redacted.MASK)), changes);
    }

    @Test
    void changesAreWrittenAsJsonWithNulls() {
        assertEquals("[{\"field\":\"name\",\"old\":null,\"new\":\"tube\"}]",
                AuditChainWriter.json(List.of(new FieldChange("name", null, "tube"))));
    }
}
