package nl.databiobank.lims.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** $LIMS_HOME/lims.pid: the one launcher that owns this LIMS_HOME, for ./lims stop and ./lims status. */
final class LauncherPid {

    private LauncherPid() {
    }

    static Optional<ProcessHandle> running(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // A pid left in the file by a crash may have been reused by an unrelated process since.
            return ProcessHandle.of(pid).filter(process -> process.info().commandLine().orElse("")
                    .contains(Launcher.class.getName()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void claim(Path pidFile) {
        running(pidFile).ifPresent(other -> {
            throw new LaunchFailure("LIMS already runs from " + pidFile.getParent() + " (launcher pid " + other.pid()
                    + "). Stop it with ./lims stop, or choose another LIMS_HOME.");
        });
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void release(Path pidFile) {
        if (running(pidFile).filter(process -> process.pid() == ProcessHandle.current().pid()).isPresent()) {
            try {
                Files.delete(pidFile);
            } catch (IOException e) {
                // a stale file is harmless: running() checks the process behind it
            }
        }
    }
}
