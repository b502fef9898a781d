package nl.databiobank.lims.sample.entity;

/** Whether SPREC codes a sample type with the fluid elements or the solid-tissue elements. */
public enum Material {
    FLUID,
    SOLID_TISSUE
}
