package vn.motcua.notification.common.persistence;

import java.sql.SQLException;

/**
 * A unique key refused a row (MariaDB's ER_DUP_ENTRY), however Hibernate and the transaction wrapped it. Consumers
 * that write a dossier's first row without reading first apply their poll again, reading, when it says so.
 */
public final class DuplicateKey {
    private static final int ER_DUP_ENTRY = 1062;

    private DuplicateKey() {}

    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
