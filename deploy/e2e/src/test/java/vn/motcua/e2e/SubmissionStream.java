package vn.motcua.e2e;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Counter submissions at a steady pace on another thread, while a test breaks something. */
final class SubmissionStream {
    /** A submission, and whether it was received before tracking could give the appointment. */
    record Submitted(String code, String email, boolean appointmentPending) {}

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final Future<List<Submitted>> result;

    private SubmissionStream(Dossiers dossiers, int count, long everyMillis) {
        result = pool.submit(() -> {
            List<Submitted> submitted = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long next = System.currentTimeMillis() + everyMillis;
                String email = "stream." + UUID.randomUUID().toString().substring(0, 12) + "@example.vn";
                Response r =
                        dossiers.counter(Dossiers.body("2.000488", "001301000123", email, "0987654321", "TK", "CCCD"));
                if (r.statusCode() != 201) {
                    throw new AssertionError("submission " + i + " answered " + r.statusCode() + ": " + r.asString());
                }
                submitted.add(new Submitted(r.path("code"), email, Boolean.TRUE.equals(r.path("appointmentPending"))));
                Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
            }
            return submitted;
        });
    }

    static SubmissionStream start(Dossiers dossiers, int count, long everyMillis) {
        return new SubmissionStream(dossiers, count, everyMillis);
    }

    List<Submitted> await() throws Exception {
        try {
            return result.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }
}
