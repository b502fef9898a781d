package nl.databiobank.lims.sample.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import nl.databiobank.lims.sample.control.SprecCode.Element;
import nl.databiobank.lims.sample.control.SprecCode.Source;
import nl.databiobank.lims.sample.control.SprecFacts.Temperature;
import nl.databiobank.lims.sample.control.SprecRefused.Problem;

/**
 * Makes a sample's SPREC code: the facts decide every element they can, a person fills in the rest,
 * and nobody overrules the facts. That keeps the code honest when a researcher filters samples on it:
 * a delay the LIMS measured cannot be typed away, and what nobody knows stays X.
 */
public final class SprecCoder {

    /** Snap-frozen or OCT-embedded tissue was never in a fixative, so its fixation time does not apply. */
    private static final Set<String> NOT_FIXATIVES = Set.of("SNP", "OCT");

    private SprecCoder() {
    }

    /**
     * @param entered hand-entered codes by element number (1 to 7), for the elements the facts leave
     *                open; blank values count as not entered, case and surrounding spaces do not matter
     * @throws SprecRefused with every problem found, if an entered code overrules the facts or is not
     *                      in its element's list, a recorded code is not in its list, a duration is
     *                      negative or the recorded times are out of order
     * @throws IllegalArgumentException if {@code entered} names an element outside 1 to 7
     */
    public static SprecCode code(SprecFacts facts, Map<Integer, String> entered) {
        Map<Integer, String> typed = typed(entered);
        List<Problem> problems = new ArrayList<>();
        String[] derived = facts.material() == SprecMaterial.FLUID ? fluid(facts, problems) : tissue(facts, problems);
        List<Element> elements = new ArrayList<>();
        for (int number = 1; number <= SprecTables.ELEMENTS; number++) {
            String fromFacts = derived[number - 1];
            String byHand = typed.get(number);
            if (byHand != null && fromFacts != null) {
                problems.add(new Problem(number, "sprec.element.derived", byHand, fromFacts));
            } else if (byHand != null && !SprecTables.codes(facts.material(), number).contains(byHand)) {
                problems.add(new Problem(number, "sprec.element.unknownCode", byHand));
            }
            elements.add(element(facts.material(), number, fromFacts, byHand));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::element));
            throw new SprecRefused(problems);
        }
        return new SprecCode(facts.material(), elements);
    }

    private static Element element(SprecMaterial material, int number, String fromFacts, String byHand) {
        String unknown = SprecTables.unknown(material, number);
        if (fromFacts != null) {
            return new Element(number, fromFacts, Source.DERIVED);
        }
        if (byHand != null && !byHand.equals(unknown)) {
            return new Element(number, byHand, Source.ENTERED);
        }
        return new Element(number, unknown, Source.UNKNOWN);
    }

    private static String[] fluid(SprecFacts facts, List<Problem> problems) {
        checkOrder(facts, problems);
        Integer centrifugations = facts.centrifugations();
        boolean notCentrifuged = Objects.equals(centrifugations, 0);
        String[] codes = new String[SprecTables.ELEMENTS];
        codes[0] = listed(facts, 1, facts.sampleType(), problems);
        codes[1] = listed(facts, 2, facts.primaryContainer(), problems);
        // Without centrifugation, SPREC's "pre-centrifugation" is the delay from collection to processing: freezing.
        codes[2] = delay(facts.collected(), notCentrifuged ? facts.frozen() : facts.centrifugationStarted(),
                facts.preCentrifugationTemperature(), SprecTables::preCentrifugation);
        if (notCentrifuged) {
            codes[3] = SprecTables.NOT_APPLICABLE;
            codes[4] = SprecTables.NOT_APPLICABLE;
            codes[5] = SprecTables.NOT_APPLICABLE;
        } else {
            codes[4] = Objects.equals(centrifugations, 1) ? SprecTables.NOT_APPLICABLE : null;
            codes[5] = delay(facts.centrifugationEnded(), facts.frozen(), facts.postCentrifugationTemperature(),
                    SprecTables::postCentrifugation);
        }
        codes[6] = facts.freezerClass() == null ? null : SprecTables.longTermStorage(facts.freezerClass());
        return codes;
    }

    private static String[] tissue(SprecFacts facts, List<Problem> problems) {
        String[] codes = new String[SprecTables.ELEMENTS];
        codes[0] = listed(facts, 1, facts.sampleType(), problems);
        codes[1] = listed(facts, 2, facts.collectionType(), problems);
        codes[2] = minutes(3, facts.warmIschaemiaMinutes(), SprecTables::ischaemia, problems);
        codes[3] = minutes(4, facts.coldIschaemiaMinutes(), SprecTables::ischaemia, problems);
        codes[4] = listed(facts, 5, facts.fixationType(), problems);
        codes[5] = facts.fixationMinutes() == null && facts.fixationType() != null
                && NOT_FIXATIVES.contains(facts.fixationType())
                ? SprecTables.NOT_APPLICABLE
                : minutes(6, facts.fixationMinutes(), SprecTables::fixationTime, problems);
        codes[6] = facts.freezerClass() == null ? null : SprecTables.longTermStorage(facts.freezerClass());
        return codes;
    }

    private static String listed(SprecFacts facts, int element, String code, List<Problem> problems) {
        if (code != null && !SprecTables.codes(facts.material(), element).contains(code)) {
            problems.add(new Problem(element, "sprec.element.unknownCode", code));
        }
        return code;
    }

    private static String delay(Instant from, Instant to, Temperature temperature,
                                BiFunction<Duration, Temperature, String> band) {
        if (from == null || to == null || temperature == null) {
            return null;
        }
        return band.apply(Duration.between(from, to), temperature);
    }

    private static String minutes(int element, Integer minutes, IntFunction<String> band, List<Problem> problems) {
        if (minutes == null) {
            return null;
        }
        if (minutes < 0) {
            problems.add(new Problem(element, "sprec.duration.negative", minutes));
            return null;
        }
        return band.apply(minutes);
    }

    /** Each recorded moment must not lie before the recorded moment it follows. */
    private static void checkOrder(SprecFacts facts, List<Problem> problems) {
        List<Moment> moments = new ArrayList<>();
        for (Moment moment : List.of(new Moment(Stage.COLLECTED, facts.collected()),
                new Moment(Stage.CENTRIFUGATION_STARTED, facts.centrifugationStarted()),
                new Moment(Stage.CENTRIFUGATION_ENDED, facts.centrifugationEnded()),
                new Moment(Stage.FROZEN, facts.frozen()))) {
            if (moment.at() != null) {
                moments.add(moment);
            }
        }
        for (int i = 1; i < moments.size(); i++) {
            Moment earlier = moments.get(i - 1);
            Moment later = moments.get(i);
            if (later.at().isBefore(earlier.at())) {
                problems.add(outOfOrder(earlier, later));
            }
        }
    }

    private static Problem outOfOrder(Moment earlier, Moment later) {
        if (later.stage() == Stage.FROZEN) {
            return earlier.stage() == Stage.COLLECTED
                    ? new Problem(3, "sprec.times.frozenBeforeCollected", earlier.at(), later.at())
                    : new Problem(6, "sprec.times.frozenBeforeCentrifuged", earlier.at(), later.at());
        }
        return earlier.stage() == Stage.COLLECTED
                ? new Problem(3, "sprec.times.centrifugedBeforeCollected", earlier.at(), later.at())
                : new Problem(4, "sprec.times.centrifugationEndsBeforeStart", earlier.at(), later.at());
    }

    private static Map<Integer, String> typed(Map<Integer, String> entered) {
        Map<Integer, String> typed = new TreeMap<>();
        if (entered == null) {
            return typed;
        }
        entered.forEach((number, code) -> {
            if (number == null || number < 1 || number > SprecTables.ELEMENTS) {
                throw new IllegalArgumentException("No SPREC element " + number);
            }
            if (code != null && !code.isBlank()) {
                typed.put(number, code.trim().toUpperCase(Locale.ROOT));
            }
        });
        return typed;
    }

    private enum Stage {
        COLLECTED, CENTRIFUGATION_STARTED, CENTRIFUGATION_ENDED, FROZEN
    }

    private record Moment(Stage stage, Instant at) {
    }
}
