package vn.motcua.intake.portal.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import vn.motcua.intake.portal.config.PortalSettings;
import vn.motcua.intake.portal.domain.DossierSync;
import vn.motcua.intake.portal.messaging.PortalGateway;

/**
 * Sends due dossiers to the portal: claims a batch under a lease (so two replicas never send the same dossier at
 * once), sends each dossier's changes in order, several dossiers at a time, then records the pass in one
 * transaction. A dossier whose call failed waits with a doubling back-off; it never holds up the others.
 */
@ApplicationScoped
public class PortalSyncWorker {
    private final PortalSettings settings;
    private final SyncLedger ledger;
    private final PortalGateway gateway;
    private final SyncMetrics metrics;
    private final Clock clock;
    private final ExecutorService senders;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong passes = new AtomicLong();

    public PortalSyncWorker(
            PortalSettings settings, SyncLedger ledger, PortalGateway gateway, SyncMetrics metrics, Clock clock) {
        this.settings = settings;
        this.ledger = ledger;
        this.gateway = gateway;
        this.metrics = metrics;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(settings.parallelism(), r -> new Thread(r, "portal-sync"));
    }

    @Scheduled(
            every = "${intake.portal.poll-interval}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void tick() {
        try {
            boolean first = true;
            while (pass(first) == settings.batchSize()) {
                first = false; // a full batch: more is due, go on without waiting for the next tick
            }
        } catch (RuntimeException e) {
            Log.warn("portal sync pass failed, will retry", e);
        }
    }

    /** One pass: returns how many dossiers it claimed. The gauges are read in the first pass's claim, once a tick. */
    int pass(boolean readGauges) {
        String owner = instance + "-" + passes.incrementAndGet();
        Instant start = clock.instant();
        List<SyncLedger.Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> {
            if (readGauges && metrics.refresh() == 0) {
                return List.<SyncLedger.Claimed>of(); // nothing pending anywhere: an idle tick costs one read
            }
            return ledger.claim(owner, start, settings.lease(), settings.batchSize());
        });
        if (claimed.isEmpty()) {
            return 0;
        }
        Instant stopBy = start.plus(settings.lease().dividedBy(2));
        // Once one dossier of the pass must be retried, the portal is likely away: the others wait for the next
        // tick instead of each waiting for its own time-out (a down portal gets a few calls a tick, not a batch).
        AtomicBoolean portalAway = new AtomicBoolean();
        BooleanSupplier goOn = () -> !portalAway.get() && clock.instant().isBefore(stopBy);
        List<Future<SyncLedger.Result>> running = new ArrayList<>();
        for (SyncLedger.Claimed c : claimed) {
            running.add(senders.submit(() -> send(c, goOn, portalAway)));
        }
        List<SyncLedger.Result> results = new ArrayList<>();
        for (Future<SyncLedger.Result> f : running) {
            try {
                results.add(f.get());
            } catch (Exception e) {
                Log.warnf("portal sync of one dossier failed: %s", e.getMessage()); // its lease runs out, then again
            }
        }
        ledger.record(owner, results, clock.instant());
        metrics.passed(results);
        return claimed.size();
    }

    private SyncLedger.Result send(SyncLedger.Claimed c, BooleanSupplier goOn, AtomicBoolean portalAway) {
        String code = c.state().dossierCode();
        if (c.state().replaying()) {
            Log.infof(
                    "portal sync: %s replays after a lost pass (a lease ran out unrecorded): newest record first",
                    code);
        }
        List<PortalGateway.Call> calls = new ArrayList<>(); // one dossier's calls are made one after another
        DossierSync.Outcome outcome = c.facts()
                .map(facts -> DossierSync.run(
                        facts,
                        c.items(),
                        c.state().created(),
                        c.state().replaying(),
                        (service, updating, data) -> {
                            PortalGateway.Call call = gateway.call(service, updating, data);
                            calls.add(call);
                            return call.answer();
                        },
                        goOn))
                .orElse(new DossierSync.Outcome(
                        DossierSync.End.RETRY,
                        c.state().created(),
                        List.of(),
                        List.of(),
                        Optional.of("no such dossier in intake")));
        if (outcome.end() == DossierSync.End.RETRY && !calls.isEmpty()) {
            portalAway.set(true);
        }
        if (outcome.end() == DossierSync.End.REJECTED) {
            Log.warnf("portal rejected dossier %s: %s", code, outcome.message().orElse(""));
        }
        Instant next = outcome.end() == DossierSync.End.RETRY
                ? clock.instant().plus(backoff(c.state().attempts() + 1))
                : clock.instant();
        return new SyncLedger.Result(
                code,
                c.state().attempts() + 1,
                c.state().changes(),
                outcome,
                List.copyOf(calls),
                next,
                // as the ledger records it: a finished pass marks the dossier created
                (outcome.created() || outcome.end() == DossierSync.End.DONE)
                        && !c.state().created());
    }

    /** Doubling from backoff-min to backoff-max with the attempt number. */
    Duration backoff(int attempt) {
        Duration d = settings.backoffMin().multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : d;
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /** The sync is off until a province has its gateway. */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {
        private final PortalSettings settings;

        public Disabled(PortalSettings settings) {
            this.settings = settings;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !settings.enabled();
        }
    }
}
