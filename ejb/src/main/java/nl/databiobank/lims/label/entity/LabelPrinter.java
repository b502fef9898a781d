package nl.databiobank.lims.label.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** A Zebra label printer on the network, which takes ZPL II over raw TCP (usually port 9100). */
@Entity
@Table(name = "label_printer")
@NamedQuery(name = LabelPrinter.ALL, query = "select p from LabelPrinter p order by p.name")
@NamedQuery(name = LabelPrinter.BY_NAME, query = "select p from LabelPrinter p where lower(p.name) = lower(:name)")
public class LabelPrinter extends AuditedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "LabelPrinter.all";
    public static final String BY_NAME = "LabelPrinter.byName";
    public static final int RAW_PORT = 9100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "label_printer_seq")
    @SequenceGenerator(name = "label_printer_seq", sequenceName = "label_printer_seq", allocationSize = 50)
    private Long id;

    private String name;
    private String host;
    private int port = RAW_PORT;
    private int dpi;
    private boolean active = true;

    @Version
    private long version;

    protected LabelPrinter() {
    }

    public LabelPrinter(String name, String host, int port, int dpi) {
        describe(name, host, port, dpi);
    }

    public final void describe(String newName, String newHost, int newPort, int newDpi) {
        this.name = newName;
        this.host = newHost;
        this.port = newPort;
        this.dpi = newDpi;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** host:port, for messages. */
    public String address() {
        return host + ":" + port;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public int getDpi() {
        return dpi;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
