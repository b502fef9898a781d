package nl.databiobank.lims.sample.control;

import java.util.Map;
import java.util.Optional;

/**
 * How the LIMS's seeded sample types read in SPREC, so that registering a sample starts from the
 * right SPREC type, table and tube instead of from a blank form.
 *
 * <p>DNA and RNA have no entry: SPREC's seven elements describe primary samples and their simple
 * derivatives (a spun, split or frozen fluid; tissue), not what is extracted from them. An extract is
 * described by the code of the sample it came from.
 *
 * <p>The choices a biobank's SOP makes: EDTA plasma is spun once (PL1), as in most general-purpose
 * biobank SOPs; a biobank that double-spins for cell-free DNA uses PL2 and 2 centrifugations instead.
 * Buffy coat is frozen without cryoprotectant for DNA, so non-viable (BFF); PBMC are density-gradient
 * separated and cryopreserved viable (CEL) from sodium heparin blood. Urine is a random spot sample
 * (URN) in a sterile polypropylene container, saliva is collected in an Oragene-type kit, stool in a
 * sterile polypropylene container, bone marrow is an EDTA aspirate (BMA).
 */
public final class SprecSampleTypes {

    private static final Map<String, Entry> BY_LIMS_CODE = Map.ofEntries(
            Map.entry("WB_EDTA", fluid("BLD", "PED", 0)),
            Map.entry("SERUM", fluid("SER", "SST", 1)),
            Map.entry("PLASMA_EDTA", fluid("PL1", "PED", 1)),
            Map.entry("BUFFY_COAT", fluid("BFF", "PED", 1)),
            Map.entry("PBMC", fluid("CEL", "SHP", null)),
            Map.entry("URINE", fluid("URN", "PPS", 0)),
            Map.entry("SALIVA", fluid("SAL", "ORG", 0)),
            Map.entry("STOOL", fluid("STL", "PPS", 0)),
            Map.entry("BONE_MARROW", fluid("BMA", "PED", 0)),
            Map.entry("TISSUE_FF", tissue()),
            Map.entry("FFPE_BLOCK", tissue()),
            Map.entry("TISSUE_SLIDE", tissue()));

    private SprecSampleTypes() {
    }

    /** The SPREC reading of one of the LIMS's sample type codes; empty for DNA, RNA and codes it does not know. */
    public static Optional<Entry> of(String limsSampleType) {
        return Optional.ofNullable(limsSampleType).map(BY_LIMS_CODE::get);
    }

    private static Entry fluid(String sprecType, String container, Integer centrifugations) {
        return new Entry(sprecType, SprecMaterial.FLUID, container, centrifugations);
    }

    private static Entry tissue() {
        return new Entry("TIS", SprecMaterial.SOLID_TISSUE, null, null);
    }

    /**
     * One sample type in SPREC terms.
     *
     * @param defaultContainer the primary container usually used, to start the form with; {@code null}
     *                         for tissue, whose element 2 is the type of collection (surgery, biopsy...),
     *                         which only the sample itself can tell
     * @param centrifugations  how often the SOP spins it (0, 1 or 2); {@code null} where SOPs differ
     */
    public record Entry(String sprecType, SprecMaterial material, String defaultContainer, Integer centrifugations) {

        /** The facts every sample of this type shares, to which the sample's own times are added. */
        public SprecFacts facts() {
            return material == SprecMaterial.FLUID
                    ? SprecFacts.fluid(sprecType, defaultContainer).withCentrifugations(centrifugations)
                    : SprecFacts.tissue(sprecType, null);
        }
    }
}
