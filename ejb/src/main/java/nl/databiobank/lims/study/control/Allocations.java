package nl.databiobank.lims.study.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.databiobank.lims.study.entity.AllocatedSample;
import nl.databiobank.lims.study.entity.AllocationState;
import nl.databiobank.lims.study.entity.MaterialRequest;

/**
 * The samples of a request in one state or another, and the request's status brought in line with
 * them after a change (allocated, picked, taken off); in the caller's transaction.
 */
@ApplicationScoped
public class Allocations {

    @PersistenceContext
    EntityManager em;

    /** Every sample ever allocated to the request, cancelled ones included, in allocation order. */
    public List<AllocatedSample> of(MaterialRequest request) {
        return em.createNamedQuery(AllocatedSample.OF_REQUEST, AllocatedSample.class).setParameter("request", request)
                .getResultList();
    }

    /** Those reserved or picked: held for the request. */
    public List<AllocatedSample> held(MaterialRequest request) {
        return of(request).stream().filter(a -> a.getState().isActive()).toList();
    }

    public List<AllocatedSample> in(MaterialRequest request, AllocationState state) {
        return of(request).stream().filter(a -> a.getState() == state).toList();
    }

    /** Moves the request to approved, allocated or picked as its held samples say, recording the step. */
    public void settle(MaterialRequest request, String by, Instant at, String note) {
        em.flush();
        request.settle(held(request).stream().map(AllocatedSample::getState).toList(), by, at, note)
                .ifPresent(em::persist);
    }
}
