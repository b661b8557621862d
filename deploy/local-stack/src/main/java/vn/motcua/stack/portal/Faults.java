package vn.motcua.stack.portal;

import java.util.Locale;

/**
 * Faults on demand, set through the control port: the next {@code calls} gateway calls (or all of them,
 * with -1) are refused (DOWN closes the port itself), slowed, answered 5xx or 429, or accepted and then
 * answered too late for the client (ACCEPT_THEN_TIMEOUT).
 */
final class Faults {
    enum Mode {
        NONE,
        DOWN,
        SLOW,
        ERROR,
        THROTTLE,
        ACCEPT_THEN_TIMEOUT
    }

    private Mode mode = Mode.NONE;
    private int remaining = -1;
    private long delayMillis = 0;

    synchronized void set(String mode, int calls, long delayMillis) {
        this.mode = Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        this.remaining = calls;
        this.delayMillis = Math.max(0, delayMillis);
    }

    synchronized Mode mode() {
        return mode;
    }

    synchronized long delayMillis() {
        return delayMillis;
    }

    /** The fault that applies to the call now arriving (and counts it), or NONE. */
    synchronized Mode take() {
        if (mode == Mode.NONE || mode == Mode.DOWN) {
            return Mode.NONE;
        }
        Mode applied = mode;
        if (remaining > 0 && --remaining == 0) {
            mode = Mode.NONE;
        }
        return applied;
    }

    synchronized String describe() {
        return "{\"mode\":\"" + mode + "\",\"remaining\":" + remaining + ",\"delayMillis\":" + delayMillis + "}";
    }
}
