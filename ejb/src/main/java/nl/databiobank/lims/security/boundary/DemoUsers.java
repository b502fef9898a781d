package nl.databiobank.lims.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.platform.boundary.LimsConfig;
import nl.databiobank.lims.security.control.PasswordHasher;
import nl.databiobank.lims.security.entity.Role;
import nl.databiobank.lims.security.entity.UserAccount;

/**
 * Demo mode: on the first start against an empty database, one user per role with a random
 * password, written to {@code $LIMS_HOME/demo-logins.txt} ({@code username password ROLE[,ROLE]}).
 */
@Stateless
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;
    static final String FILE_NAME = "demo-logins.txt";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    LimsConfig config;

    private final SecureRandom random = new SecureRandom();

    public void createOnFirstStart() {
        if (!config.demoMode()) {
            return;
        }
        long users = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
        if (users > 0) {
            LOG.info(() -> "Demo mode: users exist already; their logins are in " + file());
            return;
        }
        audit.actingAs("system");
        List<String> lines = new ArrayList<>();
        lines.add(create("nurse", "Research nurse (demo)", Role.RESEARCH_NURSE));
        lines.add(create("technician", "Lab technician (demo)", Role.LAB_TECHNICIAN));
        lines.add(create("researcher", "Researcher (demo)", Role.RESEARCHER));
        lines.add(create("ethics", "Ethics officer (demo)", Role.ETHICS_OFFICER));
        lines.add(create("admin", "Administrator (demo)", Role.ADMIN));
        em.flush();
        write(lines);
        LOG.info(() -> "Demo mode: created " + lines.size() + " users; logins written to " + file());
    }

    private String create(String username, String displayName, Role role) {
        String password = randomPassword();
        em.persist(new UserAccount(username, displayName, hasher.hash(password), EnumSet.of(role), Instant.now()));
        return username + " " + password + " " + role.name();
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private void write(List<String> lines) {
        try {
            Files.createDirectories(file().getParent());
            Files.write(file(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo logins to " + file(), e);
        }
    }

    private Path file() {
        return config.home().resolve(FILE_NAME);
    }
}
