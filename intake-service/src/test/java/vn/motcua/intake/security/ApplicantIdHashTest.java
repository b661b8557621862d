package vn.motcua.intake.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ApplicantIdHashTest {
    static final String OLD = "k1:" + "o".repeat(40);
    static final String NEW = "k2:" + "n".repeat(40);
    static final String ID = "019095012345";

    @Test
    void theValueIsAnHmacOfTheSha256UnderTheCurrentKeyNeverThePlainDigest() throws Exception {
        String value = ApplicantIdHash.withKeys(NEW + "," + OLD).of(ID);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(ID.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("n".repeat(40).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertEquals("k2:" + HexFormat.of().formatHex(mac.doFinal(digest)), value);
        assertFalse(value.contains(HexFormat.of().formatHex(digest)));
        assertEquals(
                value,
                ApplicantIdHash.withKeys(NEW).of("  " + ID + " "),
                "surrounding spaces are not part of the number");
    }

    @Test
    void aRotationKeepsMatchingValuesWrittenUnderAnOlderKey() {
        String before = ApplicantIdHash.withKeys(OLD).of(ID);
        ApplicantIdHash rotated = ApplicantIdHash.withKeys(NEW + "," + OLD);
        assertNotEquals(before, rotated.of(ID));
        assertTrue(rotated.matches(ID, before));
        assertTrue(rotated.matches(ID, rotated.of(ID)));
        assertEquals(List.of(rotated.of(ID), before), rotated.candidates(ID));
        assertFalse(rotated.matches("019095012346", before));
        assertFalse(ApplicantIdHash.withKeys(NEW).matches(ID, before), "a retired key's values no longer match");
        assertFalse(rotated.matches(ID, null));
    }

    @Test
    void aLegacyPlainDigestIsRekeyedToWhatTheNumberHashesToNow() throws Exception {
        ApplicantIdHash hash = ApplicantIdHash.withKeys(NEW);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(ID.getBytes(StandardCharsets.UTF_8));
        String legacy = HexFormat.of().formatHex(digest);
        assertEquals(hash.of(ID), hash.rekeyLegacy(legacy).orElseThrow());
        assertTrue(hash.rekeyLegacy(hash.of(ID)).isEmpty(), "a keyed value is left alone");
        assertTrue(hash.rekeyLegacy("not-a-digest").isEmpty());
        assertTrue(hash.rekeyLegacy(null).isEmpty());
    }

    @Test
    void weakOrMalformedKeyListsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ApplicantIdHash.withKeys("k1:short"));
        assertThrows(IllegalArgumentException.class, () -> ApplicantIdHash.withKeys("o".repeat(40)));
        assertThrows(IllegalArgumentException.class, () -> ApplicantIdHash.withKeys(NEW + "," + NEW));
        assertThrows(IllegalArgumentException.class, () -> ApplicantIdHash.withKeys("k 1:" + "x".repeat(40)));
        assertThrows(IllegalArgumentException.class, () -> ApplicantIdHash.withKeys(""));
    }
}
