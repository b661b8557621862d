package vn.motcua.stack;

/** A failure the launcher reports to the user as one clear line (and a non-zero exit). */
final class StackException extends RuntimeException {
    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
