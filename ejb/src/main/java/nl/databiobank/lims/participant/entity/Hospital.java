package nl.databiobank.lims.participant.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A hospital of the regional network where participants are enrolled and material is collected. */
@Entity
@Table(name = "hospital")
@NamedQuery(name = Hospital.ALL, query = "select h from Hospital h order by h.name")
@NamedQuery(name = Hospital.BY_CODE, query = "select h from Hospital h where h.code = :code")
public class Hospital extends AuditedEntity {

    public static final String ALL = "Hospital.all";
    public static final String BY_CODE = "Hospital.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hospital_seq")
    @SequenceGenerator(name = "hospital_seq", sequenceName = "hospital_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String name;
    private String city;
    private boolean active = true;

    @Version
    private long version;

    protected Hospital() {
    }

    public Hospital(String code, String name, String city) {
        this.code = code;
        this.name = name;
        this.city = city;
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

    public String getCity() {
        return city;
    }

    public boolean isActive() {
        return active;
    }
}
