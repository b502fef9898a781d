package nl.databiobank.lims.study.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.databiobank.lims.study.boundary.Manifest;
import nl.databiobank.lims.study.boundary.ManifestRow;
import nl.databiobank.lims.study.entity.DataItem;

/**
 * A column of the manifest's table. The sheet and the PDF take their columns from {@link #of}, so
 * both show the same data, and a data item the approval does not release has no column at all.
 */
public record ManifestColumn(String header, Kind kind, Function<ManifestRow, Object> value) {

    /** How a value is written: text, a whole number, a quantity, a score (two decimals), a day. */
    public enum Kind { TEXT, WHOLE, QUANTITY, SCORE, DATE }

    public static final String STUDY_PSEUDONYM = "Study pseudonym";

    public static List<ManifestColumn> of(Manifest manifest) {
        List<ManifestColumn> columns = new ArrayList<>(List.of(
                new ManifestColumn(STUDY_PSEUDONYM, Kind.TEXT, ManifestRow::studyPseudonym),
                new ManifestColumn("Barcode", Kind.TEXT, ManifestRow::barcode),
                new ManifestColumn("Sample type", Kind.TEXT, ManifestRow::sampleType),
                new ManifestColumn("Quantity", Kind.QUANTITY, ManifestRow::quantity),
                new ManifestColumn("Unit", Kind.TEXT, ManifestRow::unit)));
        if (manifest.releases(DataItem.COLLECTION_DATE)) {
            columns.add(new ManifestColumn("Collection date", Kind.DATE, ManifestRow::collectionDate));
        }
        if (manifest.releases(DataItem.AGE_AT_COLLECTION)) {
            columns.add(new ManifestColumn("Age at collection", Kind.WHOLE, ManifestRow::ageAtCollection));
        }
        if (manifest.releases(DataItem.SEX)) {
            columns.add(new ManifestColumn("Sex", Kind.TEXT, ManifestRow::sex));
        }
        if (manifest.releases(DataItem.DIAGNOSIS)) {
            columns.add(new ManifestColumn("Diagnosis (ICD-10)", Kind.TEXT, ManifestRow::diagnosis));
        }
        for (String scale : manifest.scales()) {
            columns.add(new ManifestColumn(scale, Kind.SCORE, row -> row.scores().get(scale)));
        }
        return columns;
    }

    /** The value as text, the way the PDF prints it; empty where there is none. */
    public String text(ManifestRow row) {
        Object cell = value.apply(row);
        if (cell == null) {
            return "";
        }
        return switch (kind) {
            case SCORE -> ((BigDecimal) cell).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            case QUANTITY -> plain((BigDecimal) cell);
            case DATE -> ((LocalDate) cell).toString();
            case TEXT, WHOLE -> cell.toString();
        };
    }

    /** 5 rather than 5.000, 10 rather than 1E+1. */
    static String plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
