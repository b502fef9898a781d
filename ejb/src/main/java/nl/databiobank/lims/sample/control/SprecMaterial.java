package nl.databiobank.lims.sample.control;

/**
 * Which of SPREC's two tables codes a sample. The seven elements mean different things for each
 * (element 3 is the pre-centrifugation delay of a fluid but the warm ischaemia of tissue), so a code
 * cannot be read, checked or derived without knowing this.
 */
public enum SprecMaterial {
    /** Body fluids and their simple derivatives: serum, plasma, buffy coat, cells, urine, saliva, stool. */
    FLUID,
    /** Solid tissue, whether fresh-frozen, in a paraffin block or cut onto a slide. */
    SOLID_TISSUE
}
