package vn.motcua.intake.catalogue.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;

/**
 * The current procedure versions and the agencies, as every submission reads them, kept in memory: a
 * submission then reads nothing but its own rows. A revision made here is seen at once; one made on another
 * replica after at most intake.catalogue.cache-ttl. Entries are detached copies, read only.
 */
@ApplicationScoped
public class CatalogueCache {
    private record Entry<T>(Optional<T> value, long loadedAt) {}

    private final Map<String, Entry<ProcedureVersion>> procedures = new ConcurrentHashMap<>();
    private final Map<String, Entry<Agency>> agencies = new ConcurrentHashMap<>();
    private final long ttlNanos;

    public CatalogueCache(@ConfigProperty(name = "intake.catalogue.cache-ttl") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    public Optional<ProcedureVersion> currentProcedure(String code) {
        return get(procedures, code, () -> ProcedureVersion.currentByCode(code));
    }

    public Optional<Agency> agency(String code) {
        return get(agencies, code, () -> Agency.findByCode(code));
    }

    /** An agency was retired or changed here: the next request reads it again. */
    public void forgetAgency(String code) {
        agencies.remove(code);
    }

    /** A procedure was created or revised here: the next submission reads it again. */
    public void forgetProcedure(String code) {
        procedures.remove(code);
    }

    private <T> Optional<T> get(Map<String, Entry<T>> cache, String code, Supplier<Optional<T>> load) {
        if (code == null) {
            return Optional.empty();
        }
        Entry<T> e = cache.get(code);
        long now = System.nanoTime();
        if (e == null || now - e.loadedAt() > ttlNanos) {
            // Its own short transaction: the entity is detached when it ends, whoever asked.
            e = new Entry<>(QuarkusTransaction.requiringNew().call(load::get), now);
            cache.put(code, e);
        }
        return e.value();
    }
}
