package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.security.ApplicantIdHash;

/** Values stored as a plain SHA-256 before the keyed hash are re-keyed by the migration, and only those. */
@QuarkusTest
class ApplicantIdRekeyTest {
    @ConfigProperty(name = "notification.applicant-id.keys")
    String keys;

    final AgroalDataSource db;

    ApplicantIdRekeyTest(AgroalDataSource db) {
        this.db = db;
    }

    @Test
    void legacyDigestsBecomeTheKeyedValueOfTheSameNumber() throws Exception {
        ApplicantIdHash hash = ApplicantIdHash.withKeys(keys);
        String id = "0790" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String legacy = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        String legacyCode = "REKEY-" + UUID.randomUUID().toString().substring(0, 8);
        String keyedCode = "REKEY-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = db.getConnection()) {
            insert(c, legacyCode, legacy);
            insert(c, keyedCode, hash.of("012345678901"));
            assertTrue(V5__applicant_id_hmac.rekey(c, hash, "recipient") >= 1);
            assertEquals(hash.of(id), stored(c, legacyCode));
            assertTrue(hash.matches(id, stored(c, legacyCode)), "the citizen still finds their dossier");
            assertEquals(hash.of("012345678901"), stored(c, keyedCode), "a keyed value is not touched");
            assertEquals(0, V5__applicant_id_hmac.rekey(c, hash, "recipient"), "a second run finds nothing to do");
        }
    }

    private static void insert(Connection c, String code, String hash) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO recipient (dossier_code, agency_code, full_name,"
                + " applicant_id_hash, updated_at) VALUES (?, 'X', 'Nguyễn Văn An', ?, NOW(6))")) {
            s.setString(1, code);
            s.setString(2, hash);
            s.executeUpdate();
        }
    }

    private static String stored(Connection c, String code) throws Exception {
        try (PreparedStatement s =
                c.prepareStatement("SELECT applicant_id_hash FROM recipient WHERE dossier_code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
