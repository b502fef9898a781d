package nl.databiobank.lims.barcode.label;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Millimetres and points in messages: "0.25", not "0.25000000000000006". */
public final class Millimetres {

    private Millimetres() {
    }

    public static String format(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
