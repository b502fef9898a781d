package nl.databiobank.lims.label.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.time.Duration;
import java.util.logging.Logger;
import nl.databiobank.lims.barcode.label.zpl.RawTcpPrinter;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.Roles;

/**
 * Sends labels to a network Zebra printer. The ZPL is made by {@link LabelService} in a
 * transaction of its own; the sending runs outside any transaction, within {@link #TIMEOUT}, so
 * a printer that is off holds neither a database connection nor a server thread for long. A
 * printer that cannot be reached is a 409 that names it, its address and what went wrong.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCH_NURSE, Roles.ADMIN})
public class LabelPrinting {

    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(LabelPrinting.class.getName());

    @EJB
    LabelService labels;

    public Printed sample(String scanned, String printer, LabelOptions options) {
        return send(labels.sampleJob(scanned, printer, options));
    }

    public Printed collection(String id, String printer, LabelOptions options) {
        return send(labels.collectionJob(id, printer, options));
    }

    public Printed box(String scanned, String printer, LabelOptions options) {
        return send(labels.boxJob(scanned, printer, options));
    }

    @RolesAllowed(Roles.ADMIN)
    public Printed test(String printer, LabelOptions options) {
        return send(labels.testJob(printer, options));
    }

    private static Printed send(PrintJob job) {
        try {
            new RawTcpPrinter(job.host(), job.port(), TIMEOUT).send(job.zpl());
        } catch (SocketTimeoutException e) {
            throw new ConflictException("label.printer.timeout", job.printer(), job.address(), TIMEOUT.toSeconds());
        } catch (UnresolvedAddressException | UnsupportedAddressTypeException e) {
            throw new ConflictException("label.printer.hostUnknown", job.printer(), job.address());
        } catch (IOException e) {
            // RawTcpPrinter's message names the printer again; what the network said is in its cause.
            Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
            throw new ConflictException("label.printer.unreachable", job.printer(), job.address(), cause.getMessage());
        }
        LOG.info(() -> job.barcodes().size() + " label(s) sent to printer " + job.printer() + " (" + job.address()
                + "): " + String.join(", ", job.barcodes()));
        return new Printed(job.printer(), job.address(), job.barcodes().size(), job.barcodes());
    }
}
