package nl.databiobank.lims.storage.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A kind of box or rack and its grid: 9×9, 10×10, 8×12. */
@Entity
@Table(name = "box_type")
@NamedQuery(name = BoxType.ALL, query = "select t from BoxType t order by t.code")
@NamedQuery(name = BoxType.BY_CODE, query = "select t from BoxType t where t.code = :code")
public class BoxType extends AuditedEntity {

    public static final String ALL = "BoxType.all";
    public static final String BY_CODE = "BoxType.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "box_type_seq")
    @SequenceGenerator(name = "box_type_seq", sequenceName = "box_type_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String name;
    private int rows;
    private int columns;

    @Version
    private long version;

    protected BoxType() {
    }

    public BoxType(String code, String name, int rows, int columns) {
        this.code = code;
        this.name = name;
        this.rows = rows;
        this.columns = columns;
    }

    public boolean contains(GridPosition position) {
        return position.fits(rows, columns);
    }

    public int capacity() {
        return rows * columns;
    }

    /** Every position, row by row: A1, A2, ... */
    public List<GridPosition> positions() {
        List<GridPosition> all = new ArrayList<>(capacity());
        for (int row = 1; row <= rows; row++) {
            for (int column = 1; column <= columns; column++) {
                all.add(new GridPosition(row, column));
            }
        }
        return all;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRows() {
        return rows;
    }

    public int getColumns() {
        return columns;
    }
}
