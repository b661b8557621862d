package vn.motcua.tracking.imports.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.imports.domain.LegacyDossier;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.service.DossierActions;
import vn.motcua.tracking.lifecycle.service.DossierTracking;

/**
 * Replays legacy timelines through the same lifecycle code as live dossiers (start, then one action per
 * event at its historical time). Lines commit in chunks; a chunk with a rejected line is replayed line by
 * line so that only that line is lost. Imported history is recorded but not published to Kafka.
 */
@ApplicationScoped
public class LegacyImport {
    private static final int CHUNK = 200;
    private static final String NO_APPLICANT = "0".repeat(64);
    private final ObjectMapper json;
    private final DossierTracking tracking;
    private final DossierActions actions;

    public LegacyImport(ObjectMapper json, DossierTracking tracking, DossierActions actions) {
        this.json = json;
        this.tracking = tracking;
        this.actions = actions;
    }

    /** One line's fate: ACCEPTED, or REJECTED with the reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineResult(long line, String code, String result, String reason) {}

    private record Parsed(long line, LegacyDossier dossier) {}

    public long[] run(BufferedReader in, String actorName, Consumer<LineResult> out) throws IOException {
        Actor actor = new Actor(actorName, Actor.IMPORT, Optional.empty());
        long[] counts = new long[2];
        Consumer<LineResult> counting = r -> {
            counts[r.result().equals("ACCEPTED") ? 0 : 1]++;
            out.accept(r);
            if ((counts[0] + counts[1]) % 10_000 == 0) {
                Log.infof(
                        "legacy import by %s: %d lines, %d accepted, %d rejected",
                        actorName, counts[0] + counts[1], counts[0], counts[1]);
            }
        };
        List<Parsed> chunk = new ArrayList<>(CHUNK);
        long n = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            n++;
            if (text.isBlank()) {
                continue;
            }
            LegacyDossier d;
            try {
                d = json.readValue(text, LegacyDossier.class);
            } catch (IOException e) {
                flush(chunk, actor, counting);
                counting.accept(new LineResult(n, null, "REJECTED", "dòng không phải JSON hợp lệ"));
                continue;
            }
            List<String> problems = d.problems();
            if (!problems.isEmpty()) {
                flush(chunk, actor, counting);
                counting.accept(new LineResult(n, d.code(), "REJECTED", String.join("; ", problems)));
                continue;
            }
            chunk.add(new Parsed(n, d));
            if (chunk.size() == CHUNK) {
                flush(chunk, actor, counting);
            }
        }
        flush(chunk, actor, counting);
        Log.infof("legacy import by %s done: %d accepted, %d rejected", actorName, counts[0], counts[1]);
        return counts;
    }

    private void flush(List<Parsed> chunk, Actor actor, Consumer<LineResult> out) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> chunk.forEach(p -> {
                        replay(p.dossier(), actor);
                        // Keep the persistence context to one dossier: flushes stay cheap across a chunk.
                        TrackedDossier.getEntityManager().flush();
                        TrackedDossier.getEntityManager().clear();
                    }));
            chunk.forEach(p -> out.accept(new LineResult(p.line(), p.dossier().code(), "ACCEPTED", null)));
        } catch (RuntimeException chunkFailed) {
            for (Parsed p : chunk) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> replay(p.dossier(), actor));
                    out.accept(new LineResult(p.line(), p.dossier().code(), "ACCEPTED", null));
                } catch (RuntimeException e) {
                    out.accept(new LineResult(p.line(), p.dossier().code(), "REJECTED", reason(e)));
                }
            }
        }
        chunk.clear();
    }

    private void replay(LegacyDossier d, Actor actor) {
        if (TrackedDossier.findByIdOptional(d.code()).isPresent()) {
            throw DomainException.conflict("Hồ sơ " + d.code() + " đã có (đã nhập hoặc đang theo dõi).", List.of());
        }
        tracking.start(
                new DossierTracking.Start(
                        d.code(),
                        d.agencyCode(),
                        d.procedureCode(),
                        d.channel(),
                        d.events().get(0).at().toInstant(),
                        d.time().orElseThrow(),
                        d.policy().orElseThrow(),
                        NO_APPLICANT,
                        DossierTracking.Names.NONE,
                        true), // the old system gave it; imported history is not published anyway
                actor);
        for (LegacyDossier.Event e : d.events().subList(1, d.events().size())) {
            var action = LegacyDossier.action(e.type()).orElseThrow();
            actions.apply(
                    d.code(),
                    new DossierActions.Command(
                            action,
                            Optional.of("Dữ liệu chuyển đổi từ hệ thống cũ"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()),
                    actor,
                    e.at().toInstant());
        }
    }

    private static String reason(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof DomainException)) {
            t = t.getCause();
        }
        if (t instanceof DomainException refused) {
            return refused.errors().isEmpty()
                    ? refused.detail()
                    : String.join(
                            "; ",
                            refused.errors().stream()
                                    .map(f -> f.field() + ": " + f.message())
                                    .toList());
        }
        return "không nhập được: " + t.getClass().getSimpleName();
    }
}
