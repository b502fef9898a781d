package nl.databiobank.lims.barcode.label.zpl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal ZPL reader for tests: one label format, its label settings and its fields. */
record ZplFormat(Map<String, String> settings, List<Map<String, String>> fields) {

    private static final Pattern COMMAND = Pattern.compile("\\^([A-Z][A-Z0-9@])([^\\^]*)");

    /** Every {@code ^XA...^XZ} format in {@code zpl}. */
    static List<ZplFormat> parseAll(String zpl) {
        List<ZplFormat> formats = new ArrayList<>();
        ZplFormat current = null;
        Map<String, String> field = null;
        Matcher matcher = COMMAND.matcher(zpl);
        while (matcher.find()) {
            String command = matcher.group(1);
            String argument = matcher.group(2).strip();
            switch (command) {
                case "XA" -> current = new ZplFormat(new LinkedHashMap<>(), new ArrayList<>());
                case "XZ" -> {
                    formats.add(current);
                    current = null;
                }
                case "FO" -> {
                    field = new LinkedHashMap<>();
                    field.put("FO", argument);
                }
                case "FS" -> {
                    current.fields().add(field);
                    field = null;
                }
                default -> (field == null ? current.settings() : field).put(command, argument);
            }
        }
        return formats;
    }

    /** Field data with {@code _XX} escapes resolved as UTF-8, as a printer does after {@code ^FH_}. */
    static String unescape(String data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) == '_') {
                bytes.write(Integer.parseInt(data.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(data.charAt(i));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static int[] numbers(String argument) {
        return Arrays.stream(argument.split(",")).filter(s -> s.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
    }
}
