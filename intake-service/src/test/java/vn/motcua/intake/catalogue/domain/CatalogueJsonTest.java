package vn.motcua.intake.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON columns are read once per text: a revised column is read again, and what is shared cannot change. */
class CatalogueJsonTest {
    final CatalogueJson catalogue = new CatalogueJson(new ObjectMapper());

    static ProcedureVersion version(String components, String steps) {
        ProcedureVersion p = new ProcedureVersion();
        p.components = components;
        p.steps = steps;
        return p;
    }

    static String components(String name) {
        return "[{\"code\":\"TK\",\"name\":\"" + name + "\",\"mandatory\":true,\"originals\":1,\"copies\":0},"
                + "{\"code\":\"CCCD\",\"name\":\"Căn cước\",\"mandatory\":false,\"originals\":0,\"copies\":1}]";
    }

    @Test
    void readsTheColumnsInOrder() {
        ProcedureVersion p = version(components("Tờ khai"), "[{\"name\":\"Thẩm định\",\"workingDays\":\"3\"}]");

        assertEquals(
                List.of(
                        new CatalogueJson.Component("TK", "Tờ khai", true, 1, 0),
                        new CatalogueJson.Component("CCCD", "Căn cước", false, 0, 1)),
                catalogue.components(p));
        assertEquals(List.of(new CatalogueJson.Step("Thẩm định", "3")), catalogue.steps(p));
    }

    @Test
    void theSameTextIsReadOnceAndARevisedOneAgain() {
        List<CatalogueJson.Component> first = catalogue.components(version(components("Tờ khai"), "[]"));
        // Another entity with equal text (a reload of the same version) gets the list already read.
        assertSame(first, catalogue.components(version(new String(components("Tờ khai")), "[]")));

        List<CatalogueJson.Component> revised = catalogue.components(version(components("Tờ khai (mẫu mới)"), "[]"));
        assertEquals("Tờ khai (mẫu mới)", revised.get(0).name());
        assertEquals("Tờ khai", first.get(0).name());
    }

    @Test
    void aSharedListCannotBeChanged() {
        List<CatalogueJson.Component> read = catalogue.components(version(components("Tờ khai"), "[]"));
        assertThrows(UnsupportedOperationException.class, () -> read.remove(0));
    }

    @Test
    void manyTextsStayCorrectPastTheMemosBound() {
        for (int i = 0; i < 1_200; i++) {
            String name = "Tờ khai " + i;
            assertEquals(
                    name,
                    catalogue.components(version(components(name), "[]")).get(0).name());
        }
        assertEquals(
                "Tờ khai 7",
                catalogue
                        .components(version(components("Tờ khai 7"), "[]"))
                        .get(0)
                        .name());
    }

    @Test
    void aColumnThatIsNotJsonFailsEveryTime() {
        ProcedureVersion broken = version("[{", "[]");
        assertThrows(IllegalStateException.class, () -> catalogue.components(broken));
        assertThrows(IllegalStateException.class, () -> catalogue.components(broken));
    }
}
