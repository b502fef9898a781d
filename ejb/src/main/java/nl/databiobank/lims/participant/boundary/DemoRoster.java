package nl.databiobank.lims.participant.boundary;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.databiobank.lims.consent.boundary.NewWithdrawal;

/**
 * The fifty invented participants of the demo biobank. A fixed seed makes every demo the same
 * people with the same stories; only the dates move along with {@code today}, so that diagnoses
 * stay within the last three years. Names are common Dutch first and last names put together at
 * random: nobody real is meant.
 */
final class DemoRoster {

    static final int SIZE = 50;
    /** The seeded consent form may be signed from this day on. */
    static final LocalDate FORM_VALID_FROM = LocalDate.of(2009, 1, 1);
    private static final long SEED = 4_2009L;

    private static final List<String> FEMALE_NAMES = List.of("Anna", "Maria", "Johanna", "Hendrika", "Grietje",
            "Wilhelmina", "Cornelia", "Ingrid", "Marjan", "Annemiek", "Els", "Ria", "Tineke", "Jolanda", "Monique",
            "Sandra", "Karin", "Petra", "Marloes", "Sietske", "Froukje", "Baukje", "Geeske", "Hilde");
    private static final List<String> MALE_NAMES = List.of("Jan", "Hendrik", "Pieter", "Klaas", "Gerrit", "Johannes",
            "Willem", "Sjoerd", "Harm", "Albert", "Jacob", "Kees", "Henk", "Bert", "Wim", "Rob", "Marco", "Erik",
            "Jeroen", "Dirk", "Tjeerd", "Wietse", "Auke", "Freerk");
    private static final List<String> SURNAMES = List.of("de Vries", "van den Berg", "Jansen", "Bakker", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Hendriks", "van Dijk", "Dijkstra",
            "Hoekstra", "Postma", "Kuipers", "Veenstra", "Wierenga", "Bosma", "Huisman", "Zijlstra", "Schuurman",
            "Oosterhuis", "Brouwer", "Kramer", "van der Veen", "Sikkema", "Wiersma", "Hofstra", "Boersma", "Nijboer",
            "Tuinstra", "Haan", "Pol", "Kooistra", "van der Meer", "Jonker", "Bouma");
    private static final List<String> PHYSICIAN_SURNAMES = List.of("Hoogland", "Terpstra", "van Essen", "Groen",
            "Brink", "Koster", "Stegeman", "Vermeulen", "Hulshof", "de Jong", "Mellema", "Bijlsma", "Timmer",
            "Lubbers", "Scholten", "van Rijn", "Eggink", "Blaauw");
    private static final String INITIALS = "ABCDEFGHIJKLMNPRSTW";

    /** The regional centre sees most; every hospital of the network some. Adds up to {@link #SIZE}. */
    private static final Map<String, Integer> HOSPITAL_SHARES = Map.ofEntries(Map.entry("UMCG", 12),
            Map.entry("MZH", 6), Map.entry("MCL", 5), Map.entry("ISALA", 5), Map.entry("MST", 4),
            Map.entry("TREANT-EMMEN", 3), Map.entry("WZA", 3), Map.entry("OZG", 2), Map.entry("TREANT-HOOGEVEEN", 2),
            Map.entry("TREANT-STADSKANAAL", 2), Map.entry("ANTONIUS", 2), Map.entry("NIJSMELLINGHE", 2),
            Map.entry("TJONGERSCHANS", 2));

    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final Set<String> usedMrns = new HashSet<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, String> physicianOfHospitalAndCohort = new HashMap<>();

    DemoRoster(LocalDate today) {
        this.today = today;
    }

    List<DemoParticipant> participants() {
        List<DemoTumourGroup> groups = shuffled(groupPerParticipant());
        List<String> hospitals = shuffled(hospitalPerParticipant());
        List<DemoParticipant> roster = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            roster.add(participant(groups.get(i), hospitals.get(i), DemoStory.of(i)));
        }
        return roster;
    }

    private DemoParticipant participant(DemoTumourGroup group, String hospital, DemoStory story) {
        String sex = group.onlySex != null ? group.onlySex : random.nextBoolean() ? "FEMALE" : "MALE";
        DemoTumourGroup.Icd10 diagnosis = group.diagnoses.get(random.nextInt(group.diagnoses.size()));
        // a story that goes on after the first consent needs a diagnosis long enough ago to have happened
        LocalDate diagnosedOn = story.hasSequel()
                ? between(today.minusYears(3).plusDays(1), today.minusYears(1))
                : between(today.minusYears(3).plusDays(1), today.minusDays(60));
        NewParticipant enrolment = new NewParticipant(newMrn(), newName(sex),
                between(LocalDate.of(1935, 1, 1), LocalDate.of(1990, 12, 31)), sex, hospital, diagnosis.code(),
                diagnosis.text(), diagnosedOn, physician(hospital, group), group.cohort);
        LocalDate signedOn = between(diagnosedOn.plusDays(3), diagnosedOn.plusDays(42));
        return switch (story) {
            case EVERYTHING -> only(enrolment, DemoConsent.yesToEverything(signedOn));
            case NO_GENETIC_RESEARCH -> only(enrolment, new DemoConsent(signedOn, Set.of("GENETIC_RESEARCH")));
            case NO_COMMERCIAL_PARTNERS -> only(enrolment, new DemoConsent(signedOn, Set.of("COMMERCIAL_PARTNERS")));
            case NOT_OUTSIDE_EU -> only(enrolment, new DemoConsent(signedOn, Set.of("SHARE_OUTSIDE_EU")));
            case NEITHER_COMMERCIAL_NOR_OUTSIDE_EU -> only(enrolment,
                    new DemoConsent(signedOn, Set.of("COMMERCIAL_PARTNERS", "SHARE_OUTSIDE_EU")));
            case TISSUE_LATER_GRANTED -> new DemoParticipant(enrolment, List.of(
                    new DemoConsent(signedOn, Set.of("TISSUE")),
                    DemoConsent.yesToEverything(between(signedOn.plusDays(60), signedOn.plusDays(300)))),
                    Optional.empty());
            case WITHDRAWN -> new DemoParticipant(enrolment, List.of(DemoConsent.yesToEverything(signedOn)),
                    Optional.of(new NewWithdrawal(between(signedOn.plusDays(60), today.minusDays(7)), "NO_FURTHER_USE",
                            Set.of(), "Wil niet langer deelnemen aan de biobank; telefonisch gemeld.")));
            case GENETIC_RESEARCH_WITHDRAWN -> new DemoParticipant(enrolment,
                    List.of(DemoConsent.yesToEverything(signedOn)),
                    Optional.of(new NewWithdrawal(between(signedOn.plusDays(60), today.minusDays(7)), "NO_FURTHER_USE",
                            Set.of("GENETIC_RESEARCH"), "Heeft na overleg met de familie toch bezwaar tegen"
                                    + " erfelijkheidsonderzoek.")));
        };
    }

    private static DemoParticipant only(NewParticipant enrolment, DemoConsent consent) {
        return new DemoParticipant(enrolment, List.of(consent), Optional.empty());
    }

    private static List<DemoTumourGroup> groupPerParticipant() {
        List<DemoTumourGroup> groups = new ArrayList<>(SIZE);
        for (DemoTumourGroup group : DemoTumourGroup.values()) {
            groups.addAll(Collections.nCopies(group.participants, group));
        }
        return groups;
    }

    private static List<String> hospitalPerParticipant() {
        List<String> hospitals = new ArrayList<>(SIZE);
        // sorted, because the order of a Map.ofEntries is not fixed and the demo must be repeatable
        HOSPITAL_SHARES.keySet().stream().sorted()
                .forEach(code -> hospitals.addAll(Collections.nCopies(HOSPITAL_SHARES.get(code), code)));
        return hospitals;
    }

    private <T> List<T> shuffled(List<T> list) {
        Collections.shuffle(list, random);
        return list;
    }

    /** Seven digits, as the hospitals' patient numbers are. */
    private String newMrn() {
        String mrn;
        do {
            mrn = String.valueOf(1_000_000 + random.nextInt(9_000_000));
        } while (!usedMrns.add(mrn));
        return mrn;
    }

    private String newName(String sex) {
        List<String> firstNames = "FEMALE".equals(sex) ? FEMALE_NAMES : MALE_NAMES;
        String name;
        do {
            name = pick(firstNames) + " " + pick(SURNAMES);
        } while (!usedNames.add(name));
        return name;
    }

    /** The same specialist sees a cohort in one hospital, as in real life. */
    private String physician(String hospital, DemoTumourGroup group) {
        return physicianOfHospitalAndCohort.computeIfAbsent(hospital + "/" + group, key ->
                "Dr. " + INITIALS.charAt(random.nextInt(INITIALS.length())) + ". " + pick(PHYSICIAN_SURNAMES));
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    /** A day from {@code first} to {@code last}, both included, never after today. */
    private LocalDate between(LocalDate first, LocalDate last) {
        LocalDate latest = last.isAfter(today) ? today : last;
        if (!latest.isAfter(first)) {
            return latest;
        }
        return first.plusDays(random.nextInt((int) DAYS.between(first, latest) + 1));
    }
}
