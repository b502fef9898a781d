package nl.databiobank.lims.study.boundary;

import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.ConflictException;
import nl.databiobank.lims.platform.boundary.FieldError;

/** A shipment refused as a whole (409): per sample, the barcode and every reason it may not leave today. */
public class ShipmentRefused extends ConflictException {

    private final transient List<FieldError> samples;

    public ShipmentRefused(long requestId, Map<String, List<String>> reasonsByBarcode) {
        super("shipment.refused", requestId, reasonsByBarcode.size());
        this.samples = reasonsByBarcode.entrySet().stream()
                .map(e -> new FieldError(e.getKey(), "shipment.sample.ineligible", String.join(", ", e.getValue())))
                .toList();
    }

    @Override
    public List<FieldError> fieldErrors() {
        return samples;
    }
}
