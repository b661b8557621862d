package vn.motcua.intake.common.persistence;

/** The VALUES of a multi-row insert with numbered positional parameters, the one way each service writes it. */
public final class SqlRows {
    private SqlRows() {}

    /** "(?1, ?2, ?3), (?4, ?5, ?6)" for 2 rows of 3: row i's column j is parameter {@code width * i + j + 1}. */
    public static String values(int rows, int width) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int j = 0; j < width; j++) {
                sql.append(j == 0 ? "?" : ", ?").append(width * i + j + 1);
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
