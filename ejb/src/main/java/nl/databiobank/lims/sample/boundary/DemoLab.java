package nl.databiobank.lims.sample.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import nl.databiobank.lims.consent.boundary.ConsentCoverage;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.LimsConfig;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.sample.entity.Sample;
import nl.databiobank.lims.storage.boundary.NewBox;
import nl.databiobank.lims.storage.boundary.NewStorageUnit;
import nl.databiobank.lims.storage.boundary.StorageService;
import nl.databiobank.lims.storage.boundary.StorageTreeService;
import nl.databiobank.lims.storage.entity.Box;
import nl.databiobank.lims.storage.entity.StorageUnit;

/**
 * Demo mode: a lab to try the scanning on, made on the first start once the demo participants
 * exist: two -80 °C freezers with racks and a few dozen boxes, and for every participant whose
 * consent covers blood a baseline collection with serum and plasma aliquots, buffy coat and (with
 * consent for genetic research) DNA, most of it stored; some tubes wait unstored in the lab, a few
 * were destroyed. Through the lab's own services, as an administrator, in one transaction.
 */
@Stateless
@RunAs(Roles.ADMIN)
public class DemoLab {

    private static final Logger LOG = Logger.getLogger(DemoLab.class.getName());
    private static final long SEED = 5_2026L;

    @PersistenceContext
    EntityManager em;

    @EJB
    CollectionService collections;

    @EJB
    SampleService samples;

    @EJB
    ConsentCoverage coverage;

    @EJB
    StorageTreeService tree;

    @EJB
    StorageService storage;

    @Inject
    LimsConfig config;

    Clock clock = Clock.systemDefaultZone();

    public void createOnFirstStart() {
        if (!config.demoMode() || em.createQuery("select count(u) from StorageUnit u", Long.class).getSingleResult() > 0) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(SEED);
        DemoBoxes boxes = storageTree();
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        int index = 0;
        for (Participant participant : em.createQuery("select p from Participant p order by p.pseudonym",
                Participant.class).getResultList()) {
            index++;
            LocalDate day = today.minusDays(14 + random.nextInt(300));
            String pseudonym = participant.getPseudonym();
            if (participant.isWithdrawn() || !coverage.covers(pseudonym, List.of("BLOOD"), day)) {
                continue;
            }
            made += bloodCollection(pseudonym, participant.getHospital().getCode(), day, index, boxes);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int total = made;
        LOG.info(() -> "Demo mode: created the storage tree and " + total + " demo samples in " + millis + " ms");
    }

    private int bloodCollection(String pseudonym, String hospital, LocalDate day, int index, DemoBoxes boxes) {
        var collected = day.atTime(LocalTime.of(8, 30).plusMinutes(index * 7L % 300)).atZone(ZoneId.systemDefault())
                .toInstant();
        List<Sample> tubes = collections.register(pseudonym, new NewCollection(collected, hospital, "BASELINE",
                "venipuncture", true, List.of(
                        new NewPrimarySample("WB_EDTA", new BigDecimal("10"), null, null),
                        new NewPrimarySample("SERUM", new BigDecimal("4"), null, null),
                        new NewPrimarySample("PLASMA_EDTA", new BigDecimal("4"), null, null)))).samples();
        List<Sample> made = new ArrayList<>(tubes);
        List<Sample> serum = samples.aliquot(tubes.get(1).getBarcode(), 4, new BigDecimal("0.9"));
        List<Sample> plasma = samples.aliquot(tubes.get(2).getBarcode(), 4, new BigDecimal("0.9"));
        List<Sample> buffyCoat = samples.derive(tubes.get(0).getBarcode(),
                new NewDerivative("BUFFY_COAT", 1, new BigDecimal("0.5"), new BigDecimal("9"), null));
        made.addAll(serum);
        made.addAll(plasma);
        made.addAll(buffyCoat);
        for (int i = 0; i < serum.size(); i++) {
            // every fifth participant's last serum aliquot still waits in the lab, unstored
            if (!(index % 5 == 0 && i == serum.size() - 1)) {
                boxes.store(storage, "serum", serum.get(i).getBarcode());
            }
        }
        for (int i = 0; i < plasma.size(); i++) {
            if (index % 7 == 0 && i == 0) {
                samples.record(plasma.get(i).getBarcode(), "DESTROYED", "haemolysed");
            } else {
                boxes.store(storage, "plasma", plasma.get(i).getBarcode());
            }
        }
        boxes.store(storage, "buffy", buffyCoat.get(0).getBarcode());
        if (coverage.covers(pseudonym, List.of("GENETIC_RESEARCH"), LocalDate.now(clock))) {
            List<Sample> dna = samples.derive(buffyCoat.get(0).getBarcode(),
                    new NewDerivative("DNA", 1, new BigDecimal("25"), new BigDecimal("0.2"), null));
            boxes.store(storage, "dna", dna.get(0).getBarcode());
            made.addAll(dna);
        }
        return made.size();
    }

    private DemoBoxes storageTree() {
        StorageUnit site = tree.createUnit(new NewStorageUnit("SITE", null, "UMCG Biobank", null));
        StorageUnit room = tree.createUnit(new NewStorageUnit("ROOM", String.valueOf(site.getId()), "Freezer room B3.12",
                null));
        DemoBoxes boxes = new DemoBoxes();
        for (int f = 1; f <= 2; f++) {
            StorageUnit freezer = tree.createUnit(new NewStorageUnit("FREEZER", String.valueOf(room.getId()),
                    "-80 °C freezer " + f, "-80"));
            for (int r = 1; r <= 4; r++) {
                StorageUnit rack = tree.createUnit(new NewStorageUnit("RACK", freezer.getBarcode(), "Rack " + r, null));
                String purpose = switch (r) {
                    case 1 -> "serum";
                    case 2 -> "plasma";
                    case 3 -> "buffy";
                    default -> "dna";
                };
                String type = r == 4 ? "RACK8X12" : r == 3 ? "GRID10X10" : "GRID9X9";
                for (int b = 1; b <= 4; b++) {
                    Box box = tree.createBox(new NewBox(type, rack.getBarcode(), purpose + " " + f + "." + r + "." + b));
                    boxes.add(purpose, box.getBarcode(), box.getType().capacity());
                }
            }
        }
        return boxes;
    }
}
