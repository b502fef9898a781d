package nl.databiobank.lims.storage.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who won a race for a position: asked in a transaction of its own, because the loser's own
 * transaction is already broken by the unique constraint that refused it.
 */
@Stateless
@PermitAll
public class OccupantLookup {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String occupant(long boxId, int row, int column) {
        return em.createQuery("select l.sample.barcode from SampleLocation l where l.box.id = :box"
                        + " and l.row = :row and l.column = :column", String.class)
                .setParameter("box", boxId).setParameter("row", row).setParameter("column", column)
                .getResultStream().findFirst().orElse(null);
    }
}
