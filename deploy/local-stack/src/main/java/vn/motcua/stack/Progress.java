package vn.motcua.stack;

import java.io.PrintStream;

/** Progress lines with the time since the launcher started, so slow steps are visible. */
final class Progress {
    private final long start = System.nanoTime();
    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    void step(String component, String message) {
        out.printf("[%6.1fs] %-21s %s%n", elapsedSeconds(), component, message);
        out.flush();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
