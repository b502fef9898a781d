package nl.databiobank.lims.study.boundary;

/** A manifest written out: the name to save it under, its media type and its bytes. */
public record ManifestFile(String fileName, String mediaType, byte[] content) {
}
