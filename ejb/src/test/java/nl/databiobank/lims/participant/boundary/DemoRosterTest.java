package nl.databiobank.lims.participant.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.databiobank.lims.participant.control.EnrolmentRules;
import org.junit.jupiter.api.Test;

class DemoRosterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final List<DemoParticipant> roster = new DemoRoster(TODAY).participants();

    @Test
    void fiftyParticipantsThatEnrolmentAccepts() {
        assertEquals(50, roster.size());
        roster.forEach(demo -> EnrolmentRules.check(demo.enrolment(), true, TODAY));
    }

    @Test
    void theSamePeopleEveryTime() {
        assertEquals(roster, new DemoRoster(TODAY).participants());
    }

    @Test
    void plausibleIdentities() {
        assertEquals(50, roster.stream().map(d -> d.enrolment().mrn()).distinct().count());
        assertEquals(50, roster.stream().map(d -> d.enrolment().name()).distinct().count());
        for (DemoParticipant demo : roster) {
            NewParticipant p = demo.enrolment();
            assertTrue(p.mrn().matches("[1-9][0-9]{6}"), p.mrn());
            assertFalse(p.birthDate().isBefore(LocalDate.of(1935, 1, 1)) || p.birthDate().isAfter(LocalDate.of(1990, 12, 31)),
                    p::toString);
            assertTrue(p.treatingPhysician().matches("Dr\\. [A-Z]\\. [A-Za-z ]+"), p.treatingPhysician());
            assertTrue(p.diagnosisDate().isAfter(TODAY.minusYears(3)) && !p.diagnosisDate().isAfter(TODAY), p::toString);
        }
    }

    @Test
    void spreadOverHospitalsAndTumourGroups() {
        assertTrue(roster.stream().map(d -> d.enrolment().hospital()).distinct().count() >= 6);
        assertEquals(7, roster.stream().map(d -> d.enrolment().cohort()).distinct().count());
        roster.stream().filter(d -> d.enrolment().cohort().equals("Prostate"))
                .forEach(d -> assertEquals("MALE", d.enrolment().sex()));
        roster.stream().filter(d -> d.enrolment().cohort().equals("Breast"))
                .forEach(d -> assertEquals("FEMALE", d.enrolment().sex()));
    }

    @Test
    void consentsAndWithdrawalsAreDatedWhereTheRulesAllow() {
        for (DemoParticipant demo : roster) {
            LocalDate previous = demo.enrolment().diagnosisDate();
            for (DemoConsent consent : demo.consents()) {
                assertTrue(consent.signedOn().isAfter(previous), demo::toString);
                assertFalse(consent.signedOn().isBefore(DemoRoster.FORM_VALID_FROM), demo::toString);
                assertFalse(consent.signedOn().isAfter(TODAY), demo::toString);
                previous = consent.signedOn();
            }
            LocalDate lastConsent = previous;
            demo.withdrawal().ifPresent(w -> assertTrue(w.withdrawnOn().isAfter(lastConsent)
                    && !w.withdrawnOn().isAfter(TODAY), demo::toString));
        }
    }

    @Test
    void mostSayYesToEverythingAndAFewHaveAStory() {
        long partial = roster.stream().filter(d -> d.consents().size() == 1 && !d.consents().get(0).refused().isEmpty())
                .count();
        assertTrue(partial >= 3 && partial <= 8, "partial: " + partial);
        List<DemoParticipant> superseded = roster.stream().filter(d -> d.consents().size() == 2).toList();
        assertEquals(1, superseded.size());
        assertEquals(Set.of("TISSUE"), superseded.get(0).consents().get(0).refused());
        assertEquals(Set.of(), superseded.get(0).consents().get(1).refused());
        assertEquals(List.of("NO_FURTHER_USE"), roster.stream().flatMap(d -> d.withdrawal().stream())
                .filter(w -> w.items().isEmpty()).map(w -> w.scope()).toList());
        assertEquals(List.of(Set.of("GENETIC_RESEARCH")), roster.stream().flatMap(d -> d.withdrawal().stream())
                .filter(w -> !w.items().isEmpty()).map(w -> w.items()).toList());
    }

    @Test
    void theSignedFormIsAWellFormedPdf() {
        byte[] bytes = DemoConsentPdf.bytes();
        String pdf = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-1.4\n"));
        assertTrue(pdf.endsWith("%%EOF\n"));
        assertTrue(pdf.contains("(Demo consent \\226 not a real signature)"));
        int xref = Integer.parseInt(pdf.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n", "$1"));
        assertTrue(pdf.startsWith("xref\n", xref));
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n \n").matcher(pdf.substring(xref));
        int object = 1;
        while (entry.find()) {
            assertTrue(pdf.startsWith(object + " 0 obj\n", Integer.parseInt(entry.group(1))), "object " + object);
            object++;
        }
        assertEquals(6, object);
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);
        assertTrue(length.find());
        assertTrue(pdf.startsWith("endstream", length.end() + Integer.parseInt(length.group(1))));
    }

    @Test
    void namesAreMadeUpFromCommonParts() {
        // first name and surname each from the lists; no name stands out as a real person's
        assertTrue(roster.stream().map(d -> d.enrolment().name()).collect(Collectors.toSet()).stream()
                .allMatch(name -> name.matches("[A-Z][a-z]+ [a-zA-Z ]+")));
    }
}
