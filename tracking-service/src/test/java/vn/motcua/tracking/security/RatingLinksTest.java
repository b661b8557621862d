package vn.motcua.tracking.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatingLinksTest {
    static final String OLD = "old:an-older-secret-of-at-least-thirty-two-chars";
    static final String NEW = "new:the-current-secret-of-at-least-thirty-two-ch";
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final String CODE = "000.00.12.H57-261202-0001";

    @Test
    void aSealedTokenOpensToItsDossierUntilItExpiresAndShowsNothingReadable() {
        RatingLinks links = RatingLinks.of(ApplicantIdHash.withKeys(NEW));
        String token = links.seal(CODE, NOW.plusSeconds(3600));
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertFalse(token.contains("H57") || token.contains("261202"), token);
        assertEquals(CODE, links.open(token, NOW).orElseThrow().dossierCode());
        assertEquals(NOW.plusSeconds(3600), links.open(token, NOW).orElseThrow().expiresAt());
        assertTrue(links.open(token, NOW.plusSeconds(3600)).isEmpty(), "expired at its instant");
        assertFalse(token.equals(links.seal(CODE, NOW.plusSeconds(3600))), "a fresh nonce each time");
    }

    @Test
    void anyChangedCharacterOrAnUnknownKeyOpensNothing() {
        RatingLinks links = RatingLinks.of(ApplicantIdHash.withKeys(NEW));
        String token = links.seal(CODE, NOW.plusSeconds(3600));
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String changed = token.substring(0, i) + (c == 'x' ? 'y' : 'x') + token.substring(i + 1);
            assertTrue(links.open(changed, NOW).isEmpty(), "position " + i);
        }
        assertTrue(
                RatingLinks.of(ApplicantIdHash.withKeys(OLD)).open(token, NOW).isEmpty());
        for (String junk : new String[] {null, "", "%%%", "abc", "a".repeat(500)}) {
            assertTrue(links.open(junk, NOW).isEmpty(), String.valueOf(junk));
        }
    }

    @Test
    void aTokenSealedUnderTheOldKeyStillOpensAfterARotation() {
        String token = RatingLinks.of(ApplicantIdHash.withKeys(OLD)).seal(CODE, NOW.plusSeconds(60));
        RatingLinks rotated = RatingLinks.of(ApplicantIdHash.withKeys(NEW + "," + OLD));
        assertEquals(CODE, rotated.open(token, NOW).orElseThrow().dossierCode());
    }
}
