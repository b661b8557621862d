package vn.motcua.intake.document.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.intake.document.domain.StoredFile;

@ApplicationScoped
public class DatabaseFileStore implements FileStore {
    private final Clock clock;

    public DatabaseFileStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    @Transactional
    public Stored save(String owner, String contentType, byte[] content, String sha256) {
        StoredFile f = new StoredFile();
        f.id = UUID.randomUUID().toString();
        f.owner = owner;
        f.contentType = contentType;
        f.sizeBytes = content.length;
        f.sha256 = sha256;
        f.content = content;
        f.createdAt = clock.instant();
        f.persist();
        return new Stored(f.id, f.contentType, f.sizeBytes, f.sha256);
    }

    @Override
    @Transactional
    public Usage usedSince(String owner, Instant since) {
        // One indexed range read (owner, created_at), never the contents.
        Object[] row = (Object[]) StoredFile.getEntityManager()
                .createQuery("select count(f), coalesce(sum(f.sizeBytes), 0), min(f.createdAt) from StoredFile f"
                        + " where f.owner = ?1 and f.createdAt > ?2")
                .setParameter(1, owner)
                .setParameter(2, since)
                .getSingleResult();
        return new Usage(
                ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), Optional.ofNullable((Instant) row[2]));
    }

    @Override
    @Transactional
    public Optional<Stored> ownedBy(String id, String owner) {
        return StoredFile.getEntityManager()
                .createQuery(
                        "select new vn.motcua.intake.document.service.FileStore$Stored(f.id, f.contentType, "
                                + "f.sizeBytes, f.sha256)"
                                + " from StoredFile f where f.id = ?1 and f.owner = ?2",
                        Stored.class)
                .setParameter(1, id)
                .setParameter(2, owner)
                .getResultStream()
                .findFirst();
    }

    @Override
    @Transactional
    public Optional<Content> content(String id) {
        return StoredFile.getEntityManager()
                .createQuery(
                        "select new vn.motcua.intake.document.service.FileStore$Content(f.contentType, f.content)"
                                + " from StoredFile f where f.id = ?1",
                        Content.class)
                .setParameter(1, id)
                .getResultStream()
                .findFirst();
    }
}
