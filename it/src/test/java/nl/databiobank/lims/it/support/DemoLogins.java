package nl.databiobank.lims.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo users the app created on its first start, read from $LIMS_HOME/demo-logins.txt. */
public final class DemoLogins {

    public static final List<String> USERNAMES = List.of("nurse", "technician", "researcher", "ethics", "admin");

    private DemoLogins() {
    }

    public static Login of(String username) {
        Login login = all().get(username);
        if (login == null) {
            throw new AssertionError("No line for " + username + " in " + file() + ": " + all().keySet());
        }
        return login;
    }

    public static Login admin() {
        return of("admin");
    }

    public static Map<String, Login> all() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " does not exist: the app (LIMS_DEMO=true) did not write the demo logins");
        }
        try {
            Map<String, Login> logins = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // "username password ROLE[,ROLE]"
                String[] fields = line.trim().split("\\s+");
                if (fields.length != 3) {
                    throw new AssertionError("Line of " + file + " is not 'username password ROLE[,ROLE]': " + line);
                }
                logins.put(fields[0], new Login(fields[0], fields[1], Arrays.asList(fields[2].split(","))));
            }
            return logins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file() {
        return Lims.home().resolve("demo-logins.txt");
    }
}
