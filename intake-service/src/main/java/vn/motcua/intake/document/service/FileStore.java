package vn.motcua.intake.document.service;

import java.time.Instant;
import java.util.Optional;

/** Where uploaded documents live; the database today, an S3-compatible store could implement it later. */
public interface FileStore {

    record Stored(String id, String contentType, long size, String sha256) {}

    /** What one owner uploaded since a time: for the per-citizen quota. */
    record Usage(long files, long bytes, Optional<Instant> oldest) {}

    /** A file's bytes with the type its content was recognised as at upload. */
    record Content(String contentType, byte[] bytes) {}

    Stored save(String owner, String contentType, byte[] content, String sha256);

    Usage usedSince(String owner, Instant since);

    /** The file's metadata, if it exists and belongs to this owner. */
    Optional<Stored> ownedBy(String id, String owner);

    /** The file's content, whoever uploaded it: the caller has checked that the reader may see it. */
    Optional<Content> content(String id);
}
