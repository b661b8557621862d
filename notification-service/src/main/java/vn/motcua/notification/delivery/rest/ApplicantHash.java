package vn.motcua.notification.delivery.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The applicant's ID number as stored here: a SHA-256 digest, never the number itself. */
public final class ApplicantHash {
    private ApplicantHash() {
    }

    public static String of(String idNumber) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(idNumber.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
