package vn.motcua.intake.document.domain;

import java.util.Arrays;
import java.util.Optional;

/** The document types accepted, recognised by their first bytes: never by the client's name or header. */
public enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    public final String contentType;
    private final byte[] magic;

    DocumentType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public static Optional<DocumentType> sniff(byte[] head) {
        return Arrays.stream(values())
                .filter(t -> head.length >= t.magic.length
                        && Arrays.equals(head, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }
}
