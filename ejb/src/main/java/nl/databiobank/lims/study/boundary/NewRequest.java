package nl.databiobank.lims.study.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A researcher's request as filed (REST body and page form alike); checked by
 * {@link nl.databiobank.lims.study.control.RequestCheck} before anything is saved.
 */
public record NewRequest(String study, String title, String purpose, String sampleType, BigDecimal minQuantity,
                         Integer participants, Integer aliquotsPerParticipant, List<String> timePoints,
                         List<String> diagnoses, List<String> dataItems) {
}
