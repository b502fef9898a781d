package nl.databiobank.lims.participant.control;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Demo mode's stand-in for {@code LIMS_IDENTITY_KEY}: generated once into
 * {@code $LIMS_HOME/identity.key} and read from there on every later start, so a demo keeps its
 * participants readable across restarts without anyone having to set a variable.
 */
final class DemoKeyFile {

    static final String FILE_NAME = "identity.key";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    DemoKeyFile(Path home) {
        this.file = home.resolve(FILE_NAME).toAbsolutePath();
    }

    MasterKey readOrCreate() {
        if (Files.exists(file)) {
            return new MasterKey(read(), "the demo key file " + file);
        }
        try {
            return new MasterKey(create(), "the demo key file " + file + " (generated now)");
        } catch (FileAlreadyExistsException anotherStartWasFaster) {
            return new MasterKey(read(), "the demo key file " + file);
        }
    }

    private byte[] read() {
        String text;
        try {
            text = Files.readString(file, US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo identity key from " + file + ": " + e, e);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw damaged("is not valid base64");
        }
        if (key.length != MasterKey.LENGTH) {
            throw damaged("holds " + key.length + " bytes instead of " + MasterKey.LENGTH);
        }
        return key;
    }

    private IllegalStateException damaged(String what) {
        return new IllegalStateException("The demo identity key file " + file + " " + what + ". Restore it from a"
                + " backup: the demo identities cannot be read without it. Only if this demo holds no participants"
                + " yet, delete the file and it is generated again on the next start.");
    }

    // CREATE_NEW never overwrites a key that identities may already be sealed under, and the
    // permissions are given at creation, so the key is not readable by others for even a moment.
    private byte[] create() throws FileAlreadyExistsException {
        byte[] key = new byte[MasterKey.LENGTH];
        RANDOM.nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(US_ASCII);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + file.getParent() + " for the demo identity key: " + e, e);
        }
        try (FileChannel channel = FileChannel.open(file, Set.of(CREATE_NEW, WRITE), ownerOnly())) {
            channel.write(ByteBuffer.wrap(text));
            channel.force(true);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            // A half-written file would be taken for a damaged key on the next start.
            deleteQuietly();
            throw new IllegalStateException("Cannot write the demo identity key to " + file + ": " + e, e);
        }
        return key;
    }

    private FileAttribute<?>[] ownerOnly() {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))};
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write failure reported to the caller is the problem worth telling
        }
    }
}
