package nl.databiobank.lims.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;

/** Settings that come from the environment of the server process (see the README). */
@ApplicationScoped
public class LimsConfig {

    /** Demo mode: create one user per role on first start and write their logins to a file. */
    public boolean demoMode() {
        return Boolean.parseBoolean(env("LIMS_DEMO").orElse("false"));
    }

    /** The folder the application may write to; demo logins go here. */
    public Path home() {
        return Path.of(env("LIMS_HOME").orElse(".lims")).toAbsolutePath();
    }

    /**
     * The master key of participants' identities, 32 random bytes base64-encoded; empty when
     * {@code LIMS_IDENTITY_KEY} is not set (demo mode then generates {@code $LIMS_HOME/identity.key}).
     */
    public Optional<String> identityKey() {
        return env("LIMS_IDENTITY_KEY");
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
