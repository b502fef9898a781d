package nl.databiobank.lims.sample.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.sample.entity.CustodyEvent;
import nl.databiobank.lims.sample.entity.DestructionTask;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.sample.entity.SampleEvent;

/** The technicians' destruction list after withdrawals: open tasks, and completing one by scanning the tube. */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ADMIN})
public class DestructionTaskService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChainOfCustody custody;

    @Inject
    AuditTrail audit;

    @EJB
    SampleService samples;

    @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<DestructionTask> open() {
        return em.createNamedQuery(DestructionTask.OPEN, DestructionTask.class).getResultList();
    }

    /** The scanned tube is destroyed: a destroyed event, and its open tasks are done. */
    public SampleEvent complete(String scanned) {
        Sample sample = samples.sample(scanned);
        List<DestructionTask> tasks = em.createNamedQuery(DestructionTask.OPEN_FOR_SAMPLE, DestructionTask.class)
                .setParameter("sample", sample).getResultList();
        if (tasks.isEmpty()) {
            throw new ConflictException("destruction.noTask", sample.getBarcode());
        }
        String reason = tasks.get(0).getWithdrawal().getReason();
        String detail = "withdrawal of " + tasks.get(0).getWithdrawal().getWithdrawnOn() + ": "
                + (reason.length() > 400 ? reason.substring(0, 400) + "…" : reason); // the withdrawal keeps it whole
        audit.because("destroyed after " + detail);
        SampleEvent destroyed = custody.record(sample, CustodyEvent.DESTROYED, detail);
        tasks.forEach(task -> task.complete(custody.now(), custody.who()));
        return destroyed;
    }
}
