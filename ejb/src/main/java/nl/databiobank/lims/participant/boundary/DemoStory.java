package nl.databiobank.lims.participant.boundary;

/** What happens with a demo participant's consent; most simply say yes to everything. */
enum DemoStory {
    EVERYTHING,
    NO_GENETIC_RESEARCH,
    NO_COMMERCIAL_PARTNERS,
    NOT_OUTSIDE_EU,
    NEITHER_COMMERCIAL_NOR_OUTSIDE_EU,
    /** First refused tissue, later signed a new consent saying yes to it: the first is superseded. */
    TISSUE_LATER_GRANTED,
    /** Withdrew completely: nothing more is used. */
    WITHDRAWN,
    /** Took back only the consent to genetic research. */
    GENETIC_RESEARCH_WITHDRAWN;

    /** The story of the participant at {@code index} of the roster: a few exceptions spread among the rest. */
    static DemoStory of(int index) {
        return switch (index) {
            case 4 -> NO_GENETIC_RESEARCH;
            case 9 -> TISSUE_LATER_GRANTED;
            case 13 -> NO_COMMERCIAL_PARTNERS;
            case 21 -> NOT_OUTSIDE_EU;
            case 26 -> WITHDRAWN;
            case 33 -> NEITHER_COMMERCIAL_NOR_OUTSIDE_EU;
            case 38 -> GENETIC_RESEARCH_WITHDRAWN;
            case 45 -> NO_GENETIC_RESEARCH;
            default -> EVERYTHING;
        };
    }

    /** Whether something happens after the first consent, which takes time. */
    boolean hasSequel() {
        return this == TISSUE_LATER_GRANTED || this == WITHDRAWN || this == GENETIC_RESEARCH_WITHDRAWN;
    }
}
