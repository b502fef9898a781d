package nl.databiobank.lims.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of ./lims for {@code run}, {@code stop} and {@code status}. The script itself checks the JDK,
 * builds when needed and puts {@code run} in the background for {@code ./lims start}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            Settings settings = Settings.from(System.getenv(), Path.of(System.getProperty("lims.root", ".")).toAbsolutePath());
            String command = args.length == 0 ? "" : args[0];
            switch (command) {
                case "run" -> new Run(settings, List.of(args).contains("--background")).startAndWait();
                case "stop" -> Stop.stop(settings);
                case "status" -> System.exit(Status.print(settings));
                default -> throw new LaunchFailure("Usage: ./lims run|start|stop|status");
            }
        } catch (Run.StopRequested e) {
            // the shutdown hook is already stopping everything
        } catch (LaunchFailure e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
