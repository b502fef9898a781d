package nl.databiobank.lims.launcher;

/** A failure the user can fix; its message says how. Printed without a stack trace. */
final class LaunchFailure extends RuntimeException {

    LaunchFailure(String message) {
        super(message);
    }

    LaunchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
