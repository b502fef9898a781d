package nl.databiobank.lims.platform.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Uploaded files read into memory, stopping one byte past the limit so an oversized upload never fills the heap. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The body, or a 400 on {@code file}: {@code requiredKey} when there is none, {@code tooLargeKey}
     * (with {@code tooLargeArgument}) when it is longer than {@code limit} bytes.
     */
    public static byte[] readAtMost(InputStream body, int limit, String requiredKey, String tooLargeKey,
                                    Object tooLargeArgument) {
        if (body == null) {
            throw new InvalidInputException("file", requiredKey);
        }
        try {
            byte[] content = body.readNBytes(limit + 1);
            if (content.length > limit) {
                throw new InvalidInputException("file", tooLargeKey, tooLargeArgument);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
