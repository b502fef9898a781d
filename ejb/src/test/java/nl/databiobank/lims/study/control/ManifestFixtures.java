package nl.databiobank.lims.study.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.databiobank.lims.study.boundary.Manifest;
import nl.databiobank.lims.study.boundary.ManifestHeader;
import nl.databiobank.lims.study.boundary.ManifestRow;
import nl.databiobank.lims.study.entity.DataItem;

/** Manifests as the service builds them, for the tests of the files written from them. */
final class ManifestFixtures {

    static final List<String> SCALES = List.of("QL2", "PF2", "RF2", "EF", "CF", "SF", "FA", "NV", "PA", "DY", "SL",
            "AP", "CO", "DI", "FI", "SUM");

    private ManifestFixtures() {
    }

    static ManifestHeader header() {
        return new ManifestHeader(17, "Cytokines in serum", "ONCO-2026", "Inflammation after chemotherapy",
                "METc UMCG", "METc 2026/123", 2, "Dr. J. Jansen, Pathology lab", "Hanzeplein 1\n9713 GZ Groningen",
                LocalDate.of(2026, 11, 24));
    }

    static ManifestRow row(String pseudonym, String barcode, Map<String, BigDecimal> scores) {
        return new ManifestRow(pseudonym, barcode, "SERUM", new BigDecimal("0.500"), "mL", LocalDate.of(2026, 10, 1),
                68, "FEMALE", "C18.7", scores);
    }

    static Manifest manifest(Set<DataItem> released, List<ManifestRow> rows) {
        return new Manifest(header(), released, SCALES, rows);
    }

    /** {@code count} samples of {@code count / 2} participants, QL2 scored for all, PF2 for none. */
    static List<ManifestRow> many(int count) {
        List<ManifestRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(String.format("SP-%08d", i / 2), String.format("S%011d", i),
                    Map.of("QL2", new BigDecimal("66.67"), "SUM", new BigDecimal("80.10"))));
        }
        return rows;
    }
}
