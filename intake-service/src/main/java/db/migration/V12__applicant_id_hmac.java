package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;
import vn.motcua.intake.security.ApplicantIdHash;

/**
 * ID-number hashes stored as a plain SHA-256 become keyed HMACs under the current key (docs/security.md). Done
 * in Java because the key is a secret from the environment, never written into a migration.
 */
public class V12__applicant_id_hmac extends BaseJavaMigration {
    private static final Logger LOG = Logger.getLogger(V12__applicant_id_hmac.class);
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        ApplicantIdHash hash =
                ApplicantIdHash.withKeys(ConfigProvider.getConfig().getValue("intake.applicant-id.keys", String.class));
        Connection connection = context.getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE dossier MODIFY applicant_id_hash VARCHAR(90) NOT NULL");
        }
        for (String table : new String[] {"dossier"}) {
            rekey(connection, hash, table);
        }
    }

    /** Every distinct legacy value in batches, each one UPDATE per value; logs progress for large tables. */
    static long rekey(Connection connection, ApplicantIdHash hash, String table) throws SQLException {
        long done = 0;
        while (true) {
            List<String> legacy = new ArrayList<>();
            String query = "SELECT DISTINCT applicant_id_hash FROM " + table
                    + " WHERE applicant_id_hash NOT LIKE '%:%' LIMIT " + BATCH;
            try (PreparedStatement select = connection.prepareStatement(query);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    legacy.add(rows.getString(1));
                }
            }
            if (legacy.isEmpty()) {
                LOG.infof("%s: %d ID-number hashes re-keyed", table, done);
                return done;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET applicant_id_hash = ? WHERE applicant_id_hash = ?")) {
                for (String value : legacy) {
                    // A value that is not a SHA-256 in hex was never an ID number's: it cannot match anyone.
                    update.setString(1, hash.rekeyLegacy(value).orElse("invalid:" + value));
                    update.setString(2, value);
                    update.addBatch();
                }
                update.executeBatch();
            }
            done += legacy.size();
            LOG.infof("%s: %d ID-number hashes re-keyed so far", table, done);
        }
    }
}
