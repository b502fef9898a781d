package nl.databiobank.lims.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** What the launcher knows of the running application: its login page and its demo logins. */
final class Application {

    /** ./lims start waits for this line in lims.log; keep the two in step. */
    static final String READY_LINE = "Biobank LIMS is running at";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Application() {
    }

    static boolean answers(URI root) {
        HttpRequest request = HttpRequest.newBuilder(root.resolve("login.xhtml")).timeout(Duration.ofSeconds(10)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The application writes the file on its first start in demo mode, while it deploys; a short wait
     * covers a write that lags behind the login page.
     */
    static String demoLogins(Path file) {
        for (int attempt = 0; attempt < 20 && !Files.isRegularFile(file); attempt++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            StringBuilder logins = new StringBuilder("Demo logins (also in " + file + "):\n");
            for (String line : Files.readAllLines(file)) {
                String[] userPasswordRoles = line.strip().split("\\s+", 3);
                if (userPasswordRoles.length == 3) {
                    logins.append(String.format("  %-11s %-17s %s%n", (Object[]) userPasswordRoles));
                }
            }
            return logins.toString();
        } catch (IOException e) {
            return "Demo mode is on, but the application wrote no " + file + " (see Payara's server.log).\n";
        }
    }
}
