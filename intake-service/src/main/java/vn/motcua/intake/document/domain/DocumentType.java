package vn.motcua.intake.document.domain;

import java.util.Arrays;
import java.util.Optional;

/** The document types accepted, recognised by their first bytes: never by the client's name or header. */
public enum DocumentType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    public final String contentType;
    /** The file name's ending when the document is handed back. */
    public final String extension;

    private final byte[] magic;

    DocumentType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public static Optional<DocumentType> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(t -> t.contentType.equals(contentType))
                .findFirst();
    }

    public static Optional<DocumentType> sniff(byte[] head) {
        return Arrays.stream(values())
                .filter(t -> head.length >= t.magic.length
                        && Arrays.equals(head, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }
}
