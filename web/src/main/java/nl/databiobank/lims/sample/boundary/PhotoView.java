package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.databiobank.lims.barcode.Identifier;
import nl.databiobank.lims.barcode.decode.BarcodeReader;
import nl.databiobank.lims.barcode.decode.DecodedBarcode;
import nl.databiobank.lims.platform.boundary.BarcodeKind;
import nl.databiobank.lims.platform.boundary.Barcodes;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.storage.boundary.StorageService;
import org.primefaces.model.file.UploadedFile;

/**
 * A photo of a tube or a rack: every barcode in it, with its symbology, and for each one of ours
 * what it names, linked to the sample's or the box's page.
 */
@Named
@ViewScoped
public class PhotoView implements Serializable {

    /** Photos from phones are a few megabytes; the reader also refuses images of too many pixels. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    @EJB
    SampleService samples;

    @EJB
    StorageService storage;

    private transient UploadedFile photo;
    private String fileName;
    private List<Found> found;

    /**
     * One barcode in the photo.
     *
     * @param kind   SAMPLE, KIT_TUBE, BOX, RACK, FREEZER, PARTICIPANT for a valid barcode of ours; null otherwise
     * @param known  whether the LIMS has the sample or box it names
     * @param page   the page to open it on (sample or box), or null
     * @param note   why it is not ours or not known, in words, or null
     */
    public record Found(int number, String text, String symbology, String kind, boolean known, String page,
                        String note, int x, int y) implements Serializable {
    }

    public void read() {
        found = null;
        fileName = null;
        if (photo == null || photo.getSize() == 0) {
            LabPageView.error("photo:photo", "photo.required");
            return;
        }
        if (photo.getSize() > MAX_BYTES) {
            LabPageView.error("photo:photo", "photo.tooLarge", MAX_BYTES / 1024 / 1024);
            return;
        }
        List<DecodedBarcode> decoded;
        try (InputStream in = photo.getInputStream()) {
            decoded = BarcodeReader.readAll(in.readAllBytes());
        } catch (IOException | IllegalArgumentException e) {
            LabPageView.error("photo:photo", "photo.unreadable", e.getMessage());
            return;
        }
        fileName = photo.getFileName();
        List<Found> list = new ArrayList<>();
        for (DecodedBarcode barcode : decoded) {
            list.add(describe(list.size() + 1, barcode));
        }
        found = list;
        if (found.isEmpty()) {
            LabPageView.info(null, "photo.none");
        } else {
            LabPageView.info(null, "photo.found", found.size());
        }
    }

    private Found describe(int number, DecodedBarcode barcode) {
        String text = barcode.text();
        String symbology = barcode.symbology().name();
        int x = (int) Math.round(barcode.centerX());
        int y = (int) Math.round(barcode.centerY());
        Identifier identifier;
        try {
            identifier = Barcodes.parse(text, "barcode");
        } catch (InvalidInputException notOurs) {
            return new Found(number, text, symbology, null, false, null,
                    notOurs.fieldErrors().isEmpty() ? notOurs.message(LabPageView.locale())
                            : notOurs.fieldErrors().get(0).message(LabPageView.locale()), x, y);
        }
        BarcodeKind kind = Barcodes.kindOf(identifier);
        String value = identifier.value();
        try {
            if (kind.isSample()) {
                samples.summary(value);
                return new Found(number, value, symbology, kind.name(), true, "/lab/sample.xhtml?barcode=" + value,
                        null, x, y);
            }
            if (kind == BarcodeKind.BOX) {
                storage.box(value);
                return new Found(number, value, symbology, kind.name(), true, "/lab/box.xhtml?barcode=" + value,
                        null, x, y);
            }
            return new Found(number, value, symbology, kind.name(), false, null, null, x, y);
        } catch (UnknownEntityException unknown) {
            return new Found(number, value, symbology, kind.name(), false, null,
                    unknown.message(LabPageView.locale()), x, y);
        } catch (LimsException other) {
            return new Found(number, value, symbology, kind.name(), false, null,
                    other.message(LabPageView.locale()), x, y);
        }
    }

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }

    public String getFileName() {
        return fileName;
    }

    public List<Found> getFound() {
        return found;
    }
}
