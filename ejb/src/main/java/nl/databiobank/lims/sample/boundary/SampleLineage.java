package nl.databiobank.lims.sample.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.sample.entity.QuantityUnit;
import nl.databiobank.lims.sample.entity.SampleStatus;

/**
 * A sample's family for the sample page, read only: the chain of its parents up to the primary
 * sample, and all its aliquots and derivatives down the tree, in one statement whatever their number.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class SampleLineage {

    /** A family beyond this many descendants is cut off (the page says so); no real sample comes near it. */
    public static final int MAX_DESCENDANTS = 2000;

    /**
     * Ancestors with negative depth (the primary sample lowest), the sample itself at 0, descendants
     * with positive depth; each row knows its parent, so the tree can be built from the list.
     */
    private static final String FAMILY = """
            WITH RECURSIVE up(id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM sample WHERE barcode = ?1
                UNION ALL
                SELECT s.id, s.parent_id, up.depth - 1 FROM sample s JOIN up ON s.id = up.parent_id
            ), down(id, depth) AS (
                SELECT id, 0 FROM sample WHERE barcode = ?1
                UNION ALL
                SELECT c.id, down.depth + 1 FROM sample c JOIN down ON c.parent_id = down.id
                 WHERE down.depth < 50
            ), family(id, depth) AS (
                SELECT id, depth FROM up
                UNION
                (SELECT id, depth FROM down WHERE depth > 0 ORDER BY depth, id LIMIT ?2)
            )
            SELECT s.barcode, p.barcode, t.code, s.status, s.remaining_quantity, t.unit, s.blocked, f.depth
              FROM family f JOIN sample s ON s.id = f.id JOIN sample_type t ON t.id = s.sample_type_id
              LEFT JOIN sample p ON p.id = s.parent_id
             ORDER BY f.depth, s.id""";

    @PersistenceContext
    EntityManager em;

    /** One member of the family. */
    public record Member(String barcode, String parent, String type, SampleStatus status, BigDecimal quantity,
                         QuantityUnit unit, boolean blocked, int depth) implements Serializable {
    }

    /** The family of the scanned sample, ancestors first; {@code truncated} when descendants were left out. */
    public record Family(List<Member> members, boolean truncated) implements Serializable {
    }

    public Family of(String scanned) {
        String barcode = SampleService.barcode(scanned);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FAMILY).setParameter(1, barcode)
                .setParameter(2, MAX_DESCENDANTS + 1).getResultList();
        if (rows.isEmpty()) {
            throw new UnknownEntityException("sample.unknown", barcode);
        }
        List<Member> members = new ArrayList<>();
        long descendants = 0;
        for (Object[] row : rows) {
            int depth = ((Number) row[7]).intValue();
            if (depth > 0 && ++descendants > MAX_DESCENDANTS) {
                continue;
            }
            members.add(new Member((String) row[0], (String) row[1], (String) row[2],
                    SampleStatus.valueOf((String) row[3]), (BigDecimal) row[4], QuantityUnit.valueOf((String) row[5]),
                    Boolean.TRUE.equals(row[6]), depth));
        }
        return new Family(members, descendants > MAX_DESCENDANTS);
    }
}
