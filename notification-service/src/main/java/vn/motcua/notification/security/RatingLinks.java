package vn.motcua.notification.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of the rating link in the RETURNED and NOT_ACCEPTED messages: the dossier code and an expiry sealed
 * with AES-GCM under a key derived from the applicant-id keys. The notifier seals, the service that keeps ratings
 * opens: nobody can forge or alter one, and the URL shows nothing readable (no code, no name, no ID number). The
 * rating itself is once per dossier, which makes the link one-use. The two services hold identical copies.
 */
public final class RatingLinks {
    /** What a valid token says: which dossier may be rated, until when. */
    public record Invitation(String dossierCode, Instant expiresAt) {}

    private static final String PURPOSE = "motcua rating link v1";
    private static final byte[] CONTEXT = PURPOSE.getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_TOKEN_LENGTH = 400;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final List<byte[]> keys;

    private RatingLinks(List<byte[]> keys) {
        this.keys = keys;
    }

    public static RatingLinks of(ApplicantIdHash idHash) {
        return new RatingLinks(idHash.derivedKeys(PURPOSE));
    }

    /** A token under the current key. */
    public String seal(String dossierCode, Instant expiresAt) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] plain = (expiresAt.getEpochSecond() + "|" + dossierCode).getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keys.get(0), nonce, plain);
        byte[] token = ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The invitation if the token is whole, sealed under a known key and not expired at {@code now}. */
    public Optional<Invitation> open(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token.strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // Unused bits of the last character are ignored by the decoder: only the one spelling of a token opens.
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(raw).equals(token.strip())
                || raw.length <= NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOf(raw, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(raw, NONCE_BYTES, raw.length);
        for (byte[] key : keys) {
            Optional<byte[]> plain = tryOpen(key, nonce, sealed);
            if (plain.isPresent()) {
                String text = new String(plain.get(), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                Instant expires = Instant.ofEpochSecond(Long.parseLong(text.substring(0, bar)));
                return now.isBefore(expires)
                        ? Optional.of(new Invitation(text.substring(bar + 1), expires))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> tryOpen(byte[] key, byte[] nonce, byte[] sealed) {
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, key, nonce, sealed));
        } catch (IllegalStateException wrongKeyOrForged) {
            return Optional.empty();
        }
    }

    private static byte[] cipher(int mode, byte[] key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(CONTEXT);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
