package vn.motcua.intake.document.service;

import java.util.Optional;

/** Where uploaded documents live; the database today, an S3-compatible store could implement it later. */
public interface FileStore {

    record Stored(String id, String contentType, long size, String sha256) {
    }

    Stored save(String owner, String contentType, byte[] content, String sha256);

    /** The file's metadata, if it exists and belongs to this owner. */
    Optional<Stored> ownedBy(String id, String owner);
}
