package nl.databiobank.lims.storage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Barcodes;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UniqueConstraints;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.storage.entity.Box;
import nl.databiobank.lims.storage.entity.BoxType;
import nl.databiobank.lims.storage.entity.GridPosition;
import nl.databiobank.lims.storage.entity.StorageKind;
import nl.databiobank.lims.storage.entity.StorageUnit;

/**
 * The storage tree an ADMIN sets up (site, room, freezer, rack, box), and the questions about room
 * in it: which boxes have free positions, the next free position, capacity and occupancy.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class StorageTreeService {

    public static final int MAX_FREE_BOXES = 1000;

    @PersistenceContext
    EntityManager em;

    @EJB
    StorageService storage;

    public List<StorageUnit> units() {
        return em.createNamedQuery(StorageUnit.ALL, StorageUnit.class).getResultList();
    }

    public List<BoxType> boxTypes() {
        return em.createNamedQuery(BoxType.ALL, BoxType.class).getResultList();
    }

    public BoxType boxType(String code) {
        return em.createNamedQuery(BoxType.BY_CODE, BoxType.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("boxType", "boxType.unknown", String.valueOf(code)));
    }

    /** A freezer or rack by its barcode. */
    public StorageUnit unit(String scanned) {
        String barcode = Barcodes.parse(scanned, "barcode", BarcodeKind.FREEZER, BarcodeKind.RACK).value();
        return em.createNamedQuery(StorageUnit.BY_BARCODE, StorageUnit.class).setParameter("barcode", barcode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("storage.unit.unknown", barcode));
    }

    @RolesAllowed(Roles.ADMIN)
    public StorageUnit createUnit(NewStorageUnit request) {
        FieldErrors errors = new FieldErrors();
        StorageKind kind = Arrays.stream(StorageKind.values())
                .filter(k -> request.kind() != null && k.name().equals(request.kind().trim().toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
        errors.require(kind != null, "kind", "storage.kind.unknown", String.valueOf(request.kind()));
        errors.require(request.name() != null && !request.name().isBlank(), "name", "field.required");
        errors.requireAtMost(request.name(), 100, "name");
        errors.throwIfAny();
        StorageUnit parent = kind == StorageKind.SITE ? null : parent(request.parent(), kind.parentKind());
        String temperature = request.temperatureClass() == null ? null : request.temperatureClass().trim().toUpperCase();
        if (kind == StorageKind.FREEZER && !StorageUnit.TEMPERATURE_CLASSES.contains(temperature)) {
            throw new InvalidInputException("temperatureClass", "storage.temperature.unknown", String.valueOf(temperature),
                    String.join(", ", StorageUnit.TEMPERATURE_CLASSES));
        }
        String barcode = kind.hasBarcode()
                ? Barcodes.next(em, kind == StorageKind.FREEZER ? BarcodeKind.FREEZER : BarcodeKind.RACK) : null;
        StorageUnit unit = new StorageUnit(kind, parent, request.name().trim(), barcode,
                kind == StorageKind.FREEZER ? temperature : null);
        em.persist(unit);
        UniqueConstraints.flush(em, "storage.unit.nameTaken", request.name().trim());
        return unit;
    }

    @RolesAllowed(Roles.ADMIN)
    public Box createBox(NewBox request) {
        new FieldErrors().requireAtMost(request.name(), 100, "name").throwIfAny();
        BoxType type = boxType(request.boxType());
        StorageUnit rack = request.rack() == null || request.rack().isBlank() ? null
                : em.createNamedQuery(StorageUnit.BY_BARCODE, StorageUnit.class)
                        .setParameter("barcode", Barcodes.parse(request.rack(), "rack", BarcodeKind.RACK).value())
                        .getResultStream().findFirst()
                        .orElseThrow(() -> new InvalidInputException("rack", "storage.unit.unknown", request.rack()));
        String barcode = Barcodes.next(em, BarcodeKind.BOX);
        String name = request.name() == null || request.name().isBlank() ? barcode : request.name().trim();
        Box box = new Box(barcode, type, rack, name);
        em.persist(box);
        return box;
    }

    /** The unit a new one hangs under: a freezer or rack by barcode, a site or room by id. */
    private StorageUnit parent(String reference, StorageKind kind) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException("parent", "field.required");
        }
        StorageUnit parent = kind.hasBarcode() ? unit(reference) : reference.trim().matches("[0-9]{1,18}")
                ? em.find(StorageUnit.class, Long.valueOf(reference.trim())) : null;
        if (parent == null || parent.getKind() != kind) {
            throw new InvalidInputException("parent", "storage.parent.wrongKind", reference, kind.name());
        }
        return parent;
    }

    /** Boxes (only those with free positions, if asked), optionally of one type, by freezer, rack and barcode. */
    @SuppressWarnings("unchecked")
    public List<FreeBox> boxes(String boxType, boolean onlyWithRoom) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT b.barcode, t.code, t.rows * t.columns - count(l.id) AS free, r.barcode AS rack, f.barcode AS freezer
                  FROM box b
                  JOIN box_type t ON t.id = b.box_type_id
                  LEFT JOIN sample_location l ON l.box_id = b.id
                  LEFT JOIN storage_unit r ON r.id = b.rack_id
                  LEFT JOIN storage_unit f ON f.id = r.parent_id
                 WHERE (CAST(?1 AS text) IS NULL OR t.code = ?1)
                 GROUP BY b.id, b.barcode, t.code, t.rows, t.columns, r.barcode, f.barcode
                HAVING NOT ?3 OR t.rows * t.columns > count(l.id)
                 ORDER BY f.barcode, r.barcode, b.barcode
                 LIMIT ?2""")
                .setParameter(1, boxType == null || boxType.isBlank() ? null : boxType.trim().toUpperCase(Locale.ROOT))
                .setParameter(2, MAX_FREE_BOXES)
                .setParameter(3, onlyWithRoom)
                .getResultList();
        return rows.stream().map(row -> new FreeBox((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                (String) row[3], (String) row[4])).toList();
    }

    /** How full a freezer, rack or box is. */
    public Occupancy occupancy(String scanned) {
        var identifier = Barcodes.parse(scanned, "barcode", BarcodeKind.FREEZER, BarcodeKind.RACK, BarcodeKind.BOX);
        String barcode = identifier.value();
        String scope = switch (Barcodes.kindOf(identifier)) {
            case BOX -> "b.barcode = ?1";
            case RACK -> "b.rack_id = (SELECT id FROM storage_unit WHERE barcode = ?1)";
            default -> "b.rack_id IN (SELECT r.id FROM storage_unit r JOIN storage_unit f ON f.id = r.parent_id"
                    + " WHERE f.barcode = ?1)";
        };
        String name = Barcodes.kindOf(identifier) == BarcodeKind.BOX ? storage.box(barcode).getName()
                : unit(barcode).getName();
        Object[] boxes = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(sum(t.rows * t.columns), 0)"
                + " FROM box b JOIN box_type t ON t.id = b.box_type_id WHERE " + scope)
                .setParameter(1, barcode).getSingleResult();
        Number occupied = (Number) em.createNativeQuery("SELECT count(*) FROM sample_location l"
                + " JOIN box b ON b.id = l.box_id WHERE " + scope).setParameter(1, barcode).getSingleResult();
        return new Occupancy(barcode, name, Barcodes.kindOf(identifier).name(), ((Number) boxes[0]).longValue(),
                ((Number) boxes[1]).longValue(), occupied.longValue());
    }

    /** The next free position in a rack or freezer, in a box of the given type; null when all are full. */
    @SuppressWarnings("unchecked")
    public FreePosition nextFreeIn(String scanned, String boxType) {
        StorageUnit unit = unit(scanned);
        String scope = unit.getKind() == StorageKind.RACK ? "r.id = ?1" : "r.parent_id = ?1";
        List<String> boxes = em.createNativeQuery("SELECT b.barcode FROM box b JOIN box_type t ON t.id = b.box_type_id"
                        + " JOIN storage_unit r ON r.id = b.rack_id LEFT JOIN sample_location l ON l.box_id = b.id"
                        + " WHERE " + scope + " AND (CAST(?2 AS text) IS NULL OR t.code = ?2)"
                        + " GROUP BY b.id, b.barcode, t.rows, t.columns HAVING t.rows * t.columns > count(l.id)"
                        + " ORDER BY b.barcode LIMIT 1")
                .setParameter(1, unit.getId())
                .setParameter(2, boxType == null || boxType.isBlank() ? null : boxType.trim().toUpperCase(Locale.ROOT))
                .getResultList();
        if (boxes.isEmpty()) {
            return null;
        }
        GridPosition position = storage.nextFree(boxes.get(0));
        return new FreePosition(boxes.get(0), position.name());
    }
}
