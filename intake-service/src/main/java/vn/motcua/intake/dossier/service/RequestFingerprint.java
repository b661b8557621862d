package vn.motcua.intake.dossier.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a submission as sent, to tell a retry (same Idempotency-Key, same request) from a different request
 * reusing a key. Stored beside the dossier, whose fields intake keeps anyway; never published.
 */
public final class RequestFingerprint {
    private RequestFingerprint() {}

    public static String of(String requestJson) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(requestJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
