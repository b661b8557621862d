package vn.motcua.tracking.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What events and databases carry instead of a citizen's ID number: {@code keyId:hex(HMAC-SHA256(key,
 * SHA-256(number)))}. A CCCD's structure makes its plain SHA-256 reversible by brute force; without the key the
 * HMAC is not. The inner SHA-256 lets values stored before the key existed be re-keyed without the number.
 * <p>
 * Keys come as {@code id:secret[,id:secret…]}, the current one first; older ones stay to match values written
 * under them (see docs/security.md, "The ID-number key"). This file is identical in the three services.
 */
public final class ApplicantIdHash {
    private static final int MIN_SECRET_LENGTH = 32;
    private static final HexFormat HEX = HexFormat.of();
    private final String currentId;
    private final Map<String, byte[]> keys;

    private ApplicantIdHash(String currentId, Map<String, byte[]> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /** Parses the key list; refuses short secrets, duplicate ids and ids that could be confused with a value. */
    public static ApplicantIdHash withKeys(String keyList) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : keyList.split(",")) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            String secret = colon < 0 ? "" : entry.substring(colon + 1).strip();
            if (!id.matches("[a-zA-Z0-9_-]{1,16}") || secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException("Each ID-number key is id:secret, an id of at most 16 letters,"
                        + " digits, - or _, and a secret of at least " + MIN_SECRET_LENGTH + " characters");
            }
            if (keys.put(id, secret.getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("ID-number key id " + id + " is listed twice");
            }
        }
        return new ApplicantIdHash(keys.keySet().iterator().next(), keys);
    }

    /** The value to store and publish for an ID number: under the current key. */
    public String of(String idNumber) {
        return keyed(currentId, sha256(idNumber));
    }

    /** The values this number may be stored under, one per known key, the current one first: for queries. */
    public List<String> candidates(String idNumber) {
        byte[] digest = sha256(idNumber);
        List<String> values = new ArrayList<>();
        keys.keySet().forEach(id -> values.add(keyed(id, digest)));
        return values;
    }

    /** Whether a stored value is this number's, under whichever known key wrote it. */
    public boolean matches(String idNumber, String stored) {
        return stored != null && candidates(idNumber).contains(stored);
    }

    /** A value written before keys existed (the plain SHA-256 in hex), re-keyed under the current key. */
    public Optional<String> rekeyLegacy(String stored) {
        if (stored == null || !stored.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return Optional.of(keyed(currentId, HEX.parseHex(stored)));
    }

    /**
     * A 256-bit key for another purpose (the signed rating link), derived from each secret so that one Secret
     * serves both and rotates both: HMAC-SHA256(secret, purpose), the current key first.
     */
    public List<byte[]> derivedKeys(String purpose) {
        List<byte[]> derived = new ArrayList<>();
        keys.values().forEach(secret -> derived.add(hmac(secret, purpose.getBytes(StandardCharsets.UTF_8))));
        return derived;
    }

    private String keyed(String id, byte[] digest) {
        return id + ":" + HEX.formatHex(hmac(keys.get(id), digest));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String idNumber) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(idNumber.strip().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
