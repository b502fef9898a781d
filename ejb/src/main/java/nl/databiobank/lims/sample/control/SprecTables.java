package nl.databiobank.lims.sample.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.databiobank.lims.sample.control.SprecFacts.Temperature;

/**
 * The code lists and time bands of SPREC 3.0 (Betsou et al., Biopreservation and Biobanking 16(1),
 * 2018), in one place, so that the next revision of the standard is a change to this file only.
 *
 * <p>The 3.0 paper itself could not be read while this was written. Its additions are taken from
 * lists that implement 3.0 (the German Medical Informatics Initiative's SPREC 3.0 concept maps, and
 * a SPREC tool's code tables); everything else, and every time band, follows SPREC 2.0 (Betsou et
 * al. 2012, PMC6463986). The lines marked "3.0" and "2.0 bands" are the ones to check against the
 * paper. Bands are half-open: "&lt;2 h" ends just before 2 h, so exactly 2 h is "2-4 h".
 */
final class SprecTables {

    static final int ELEMENTS = 7;
    static final String NOT_APPLICABLE = "N";
    static final String OTHER = "Z";

    private static final Set<Integer> THREE_LETTER_FLUID = Set.of(1, 2);
    private static final Set<Integer> THREE_LETTER_TISSUE = Set.of(1, 2, 5);

    private static final Set<String> FLUID_TYPES = Set.of("ASC", "AMN", "BAL", "BLD", "BMA", "BMK", "BUC", "BUF",
            "BFF", "CEL", "CEN", "CLN", "CRD", "CSF", "DWB", "NAS", "PEL", "PEN", "PFL", "PL1", "PL2", "RBC", "SAL",
            "SEM", "SER", "SPT", "STL", "SYN", "TER", "U24", "URN", "URM", "URT", "ZZZ",
            "CTC", "PLP"); // 3.0: enriched circulating tumour cells, dental pulp
    private static final Set<String> PRIMARY_CONTAINERS = Set.of("ACD", "ADD", "CAT", "CPD", "CPT", "EDG", "HEP",
            "HIR", "LHG", "ORG", "PAX", "PED", "PET", "PI1", "PIX", "PPS", "PXD", "PXR", "SCI", "SED", "SHP", "SPO",
            "SST", "TEM", "TRC", "XXX", "ZZZ",
            "CPH", "CSV", "FIL", "GLS", "LHB", "OMN", "RNL", "SCK"); // 3.0: CPT heparin, stabiliser tubes, glass...
    private static final Set<String> PRE_CENTRIFUGATION = letters("ABCDEFGHIJKLMNOXZ");
    private static final Set<String> CENTRIFUGATION = letters("ABCDEFGHIJMNXZ");
    private static final Set<String> SECOND_CENTRIFUGATION = letters("ABCDEFGHIJNXZ");
    private static final Set<String> POST_CENTRIFUGATION = letters("ABCDEFGHIJNXZ");
    /** Every letter is a long-term storage code; U, V and W (paraffin at -20 °C, tubes below -135 °C) are 3.0. */
    private static final Set<String> LONG_TERM_STORAGE = letters("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static final Set<String> TISSUE_TYPES = Set.of("CEN", "CLN", "FNA", "HAR", "LCM", "PEN", "PLC", "TIS",
            "TCM", "ZZZ",
            "BON", "NAL", "TTH"); // 3.0: bone, nails, teeth
    /** The lists name no "unknown" here; XXX is written for it, as for the other three-letter elements. */
    private static final Set<String> COLLECTION_TYPES = Set.of("A06", "A12", "A24", "A48", "A72", "BCM", "BPS",
            "BSL", "BTM", "FNA", "PUN", "SCM", "SRG", "SSL", "STM", "SWB", "VAC", "XXX", "ZZZ");
    private static final Set<String> ISCHAEMIA = letters("ABCDEFNXZ");
    private static final Set<String> FIXATION_TYPES = Set.of("ACA", "ALD", "ALL", "ETH", "FOR", "HST", "NAA", "NBF",
            "OCT", "PXT", "RNL", "SNP", "XXX", "ZZZ");
    private static final Set<String> FIXATION_TIME = letters("ABCDEFGNXZ");

    private static final List<Set<String>> FLUID = List.of(FLUID_TYPES, PRIMARY_CONTAINERS, PRE_CENTRIFUGATION,
            CENTRIFUGATION, SECOND_CENTRIFUGATION, POST_CENTRIFUGATION, LONG_TERM_STORAGE);
    private static final List<Set<String>> TISSUE = List.of(TISSUE_TYPES, COLLECTION_TYPES, ISCHAEMIA, ISCHAEMIA,
            FIXATION_TYPES, FIXATION_TIME, LONG_TERM_STORAGE);

    /** Pre-centrifugation, 2.0 bands: &lt;2, 2-4, 4-8, 8-12, 12-24, 24-48, &gt;48 h; RT and 2-10 °C alternate. */
    private static final long[] PRE_LIMITS = {120, 240, 480, 720, 1440, 2880};
    private static final String PRE_ROOM = "ACEGIKM";
    private static final String PRE_REFRIGERATED = "BDFHJLN";
    /** 35-38 °C has one band only: &lt;2 h. */
    private static final String PRE_BODY_UNDER_TWO_HOURS = "O";

    /** Post-centrifugation, 2.0 bands: &lt;1, 1-2, 2-8, 8-24, &gt;24 h; here 2-10 °C comes first, RT second. */
    private static final long[] POST_LIMITS = {60, 120, 480, 1440};
    private static final String POST_REFRIGERATED = "ACEGI";
    private static final String POST_ROOM = "BDFHJ";

    /** Warm and cold ischaemia share the 2.0 bands: &lt;2, 2-10, 10-20, 20-30, 30-60, &gt;60 min. */
    private static final long[] ISCHAEMIA_LIMITS = {2, 10, 20, 30, 60};
    private static final String ISCHAEMIA_CODES = "ABCDEF";

    /** Fixation, 2.0 bands: &lt;15 min, 15 min-1 h, 1-4, 4-8, 8-24, 24-48, 48-72 h; longer has no band. */
    private static final long[] FIXATION_LIMITS = {15, 60, 240, 480, 1440, 2880, 4320};
    private static final String FIXATION_CODES = "ABCDEFG";

    /**
     * The LIMS's freezer classes in a polypropylene tube of 0.5-2 mL: A at -85 to -60 °C, B at -35 to
     * -18 °C, V below -135 °C. SPREC has no code for such a tube in liquid nitrogen, only for a 1-2 mL
     * cryotube there (C), which is what goes into a tank.
     */
    private static final Map<String, String> STORAGE_BY_FREEZER_CLASS = Map.of(
            "-80", "A", "-20", "B", "-150", "V", "LN2", "C");

    private SprecTables() {
    }

    static Set<String> codes(SprecMaterial material, int element) {
        return (material == SprecMaterial.FLUID ? FLUID : TISSUE).get(element - 1);
    }

    /** What SPREC writes for "unknown": X, or XXX where the element's codes have three letters. */
    static String unknown(SprecMaterial material, int element) {
        Set<Integer> wide = material == SprecMaterial.FLUID ? THREE_LETTER_FLUID : THREE_LETTER_TISSUE;
        return wide.contains(element) ? "XXX" : "X";
    }

    static boolean isFreezerClass(String freezerClass) {
        return STORAGE_BY_FREEZER_CLASS.containsKey(freezerClass);
    }

    static String longTermStorage(String freezerClass) {
        return STORAGE_BY_FREEZER_CLASS.get(freezerClass);
    }

    static String preCentrifugation(Duration delay, Temperature temperature) {
        int band = band(delay, PRE_LIMITS);
        return switch (temperature) {
            case ROOM -> letter(PRE_ROOM, band);
            case REFRIGERATED -> letter(PRE_REFRIGERATED, band);
            case BODY -> band == 0 ? PRE_BODY_UNDER_TWO_HOURS : OTHER;
        };
    }

    /** SPREC has no post-centrifugation band at body temperature: that is "other". */
    static String postCentrifugation(Duration delay, Temperature temperature) {
        int band = band(delay, POST_LIMITS);
        return switch (temperature) {
            case ROOM -> letter(POST_ROOM, band);
            case REFRIGERATED -> letter(POST_REFRIGERATED, band);
            case BODY -> OTHER;
        };
    }

    static String ischaemia(int minutes) {
        return letter(ISCHAEMIA_CODES, band(Duration.ofMinutes(minutes), ISCHAEMIA_LIMITS));
    }

    /** Fixed for 72 hours or longer lies beyond the last band, so it is "other". */
    static String fixationTime(int minutes) {
        int band = band(Duration.ofMinutes(minutes), FIXATION_LIMITS);
        return band < FIXATION_CODES.length() ? letter(FIXATION_CODES, band) : OTHER;
    }

    private static int band(Duration duration, long[] upperLimitsInMinutes) {
        for (int band = 0; band < upperLimitsInMinutes.length; band++) {
            if (duration.compareTo(Duration.ofMinutes(upperLimitsInMinutes[band])) < 0) {
                return band;
            }
        }
        return upperLimitsInMinutes.length;
    }

    private static String letter(String codes, int band) {
        return String.valueOf(codes.charAt(band));
    }

    private static Set<String> letters(String codes) {
        return Stream.of(codes.split("")).collect(Collectors.toUnmodifiableSet());
    }
}
