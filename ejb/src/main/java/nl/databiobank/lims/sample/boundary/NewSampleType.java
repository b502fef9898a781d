package nl.databiobank.lims.sample.boundary;

/** A sample type as an ADMIN defines it; the enums arrive as text and are checked by the service. */
public record NewSampleType(String code, String nameEn, String nameNl, String consentItem, String unit,
                            String defaultContainer, String material, String sprecType, String sprecContainer,
                            Integer sprecCentrifugations, boolean active) {
}
