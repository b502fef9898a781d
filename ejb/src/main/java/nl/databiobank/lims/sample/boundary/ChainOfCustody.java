package nl.databiobank.lims.sample.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.Movement;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleEvent;
import nl.databiobank.lims.storage.entity.SampleLocation;

/**
 * The one way a sample's status changes: append a custody event, in the caller's transaction. An
 * event that takes the tube out of the biobank's hands (checked out, destroyed, ...) also frees its
 * box position. Used by the sample, storage and request services alike.
 */
@ApplicationScoped
public class ChainOfCustody {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Principal caller;

    Clock clock = Clock.systemUTC();

    public SampleEvent record(Sample sample, CustodyEvent kind, String detail) {
        return record(sample, kind, Movement.NONE, null, null, detail);
    }

    public SampleEvent record(Sample sample, CustodyEvent kind, Movement movement, BigDecimal quantity,
                              String related, String detail) {
        Movement actual = movement == null ? Movement.NONE : movement;
        if (kind.leavesStorage()) {
            SampleLocation location = locationOf(sample);
            if (location != null) {
                actual = new Movement(location.name(), movement.to());
                em.remove(location);
            }
        }
        audit.becauseUnlessGiven("custody: " + kind.name().toLowerCase().replace('_', ' ')
                + (detail == null ? "" : " (" + detail + ")"));
        SampleEvent event = sample.record(kind, now(), who(), actual, quantity, related, detail);
        em.persist(event);
        return event;
    }

    /** Where the sample is stored, or null. */
    public SampleLocation locationOf(Sample sample) {
        return em.createNamedQuery(SampleLocation.OF_SAMPLE, SampleLocation.class)
                .setParameter("sample", sample)
                .getResultStream().findFirst().orElse(null);
    }

    /** The temperature class of the freezer the sample is stored in, or null. */
    public String freezerClassOf(Sample sample) {
        SampleLocation location = locationOf(sample);
        if (location == null || location.getBox().getRack() == null) {
            return null;
        }
        var freezer = location.getBox().getRack().freezer();
        return freezer == null ? null : freezer.getTemperatureClass();
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public String who() {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "system" : name;
    }
}
