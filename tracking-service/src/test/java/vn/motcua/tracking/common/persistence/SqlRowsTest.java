package vn.motcua.tracking.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlRowsTest {
    @Test
    void rowsOfPositionalParametersNumberedAcrossRows() {
        assertEquals("(?1)", SqlRows.values(1, 1));
        assertEquals("(?1, ?2, ?3), (?4, ?5, ?6)", SqlRows.values(2, 3));
        assertEquals("(?1, ?2), (?3, ?4), (?5, ?6)", SqlRows.values(3, 2));
        assertEquals("", SqlRows.values(0, 3));
    }
}
