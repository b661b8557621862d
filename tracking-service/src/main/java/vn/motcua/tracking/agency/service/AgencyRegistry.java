package vn.motcua.tracking.agency.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.motcua.tracking.common.domain.DomainException;

/**
 * The active agencies, as intake's registry lists them, kept for a minute: a hand-over goes only to one of them
 * (never free text, never a merged agency). An unknown code asks intake again, at most every 5 s; while intake
 * cannot be reached the last list is used, and with none at all the hand-over is refused with 503.
 */
@ApplicationScoped
public class AgencyRegistry {
    private static final Duration RETRY_UNKNOWN = Duration.ofSeconds(5);

    private record Snapshot(Map<String, IntakeAgencyClient.AgencyView> byCode, long loadedAt) {}

    private final IntakeAgencyClient intake;
    private final long ttlNanos;
    private volatile Snapshot snapshot;

    public AgencyRegistry(
            @RestClient IntakeAgencyClient intake, @ConfigProperty(name = "tracking.agencies.cache-ttl") Duration ttl) {
        this.intake = intake;
        this.ttlNanos = ttl.toNanos();
    }

    public Optional<IntakeAgencyClient.AgencyView> active(String code) {
        Snapshot s = current(false);
        if (!s.byCode().containsKey(code) && System.nanoTime() - s.loadedAt() > RETRY_UNKNOWN.toNanos()) {
            s = current(true); // created or renamed in the last minute?
        }
        return Optional.ofNullable(s.byCode().get(code));
    }

    /**
     * The name of an active agency, for what people read (forms, reports, messages); empty when it is unknown, merged
     * away, or the registry cannot be read at all: the caller shows its code, which still identifies it.
     */
    public Optional<String> name(String code) {
        try {
            return active(code).map(IntakeAgencyClient.AgencyView::name);
        } catch (RuntimeException registryDown) {
            return Optional.empty();
        }
    }

    private synchronized Snapshot current(boolean force) {
        Snapshot s = snapshot;
        if (s != null && !force && System.nanoTime() - s.loadedAt() < ttlNanos) {
            return s;
        }
        try {
            s = new Snapshot(
                    intake.active().stream()
                            .collect(Collectors.toMap(
                                    IntakeAgencyClient.AgencyView::code, Function.identity(), (a, b) -> a)),
                    System.nanoTime());
            snapshot = s;
            return s;
        } catch (RuntimeException e) {
            if (snapshot != null) {
                Log.warnf(
                        "intake's agency registry not reachable, using the list of %d agencies read before: %s",
                        snapshot.byCode().size(), e.toString());
                return snapshot;
            }
            throw new DomainException(
                    DomainException.Kind.UNAVAILABLE,
                    "Chưa kiểm tra được danh mục cơ quan",
                    "Không kết nối được danh mục cơ quan của hệ thống tiếp nhận; vui lòng thử lại sau ít phút.");
        }
    }
}
