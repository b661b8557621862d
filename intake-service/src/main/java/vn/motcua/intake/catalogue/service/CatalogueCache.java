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
    // A version never changes once written (a revision adds the next one), so it is kept without a time limit.
    private final Map<Long, ProcedureVersion> versions = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private static final int MAX_VERSIONS = 4096;

    public CatalogueCache(@ConfigProperty(name = "intake.catalogue.cache-ttl") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    public Optional<ProcedureVersion> currentProcedure(String code) {
        return get(procedures, code, () -> ProcedureVersion.currentByCode(code));
    }

    /** The version a dossier was submitted under (its name and components as they were then). */
    public Optional<ProcedureVersion> version(long id) {
        ProcedureVersion known = versions.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ProcedureVersion> read = QuarkusTransaction.requiringNew()
                .call(() -> Optional.ofNullable(ProcedureVersion.<ProcedureVersion>findById(id)));
        if (versions.size() >= MAX_VERSIONS) {
            versions.clear(); // a province has a few hundred procedures, each with a handful of versions
        }
        read.ifPresent(v -> versions.put(id, v));
        return read;
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
