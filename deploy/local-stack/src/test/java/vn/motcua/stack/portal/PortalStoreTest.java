package vn.motcua.stack.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The simulated portal keeps a bounded number of dossiers, and answers for the ones it forgot as the portal would. */
class PortalStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode dossier(String code, int status) {
        return JSON.createObjectNode().put("MaHoSo", code).put("TrangThaiHoSo", status);
    }

    private static JsonNode step(String code) {
        return JSON.createObjectNode()
                .put("MaHoSo", code)
                .put("ThoiDiemXuLy", "20261203090000")
                .put("TrangThai", 3)
                .put("NoiDungXuLy", "x");
    }

    @Test
    void anUnknownDossierIsRefusedAsLongAsNoneWasForgotten() {
        PortalStore store = new PortalStore(Duration.ofMinutes(5), 3);
        assertEquals(PortalStore.Result.UNKNOWN, store.syncDossier(dossier("A", 3), true));
        assertEquals(PortalStore.Result.UNKNOWN, store.progress(step("A")));
        assertEquals(PortalStore.Result.OK, store.syncDossier(dossier("A", 2), false));
        assertEquals(PortalStore.Result.EXISTS, store.syncDossier(dossier("A", 2), false));
        assertEquals(PortalStore.Result.REPEAT, store.syncDossier(dossier("A", 2), true));
        assertEquals(PortalStore.Result.OK, store.syncDossier(dossier("A", 3), true));
    }

    @Test
    void pastItsBoundTheFirstSeenAreForgottenAndTheirChangesStillAccepted() {
        PortalStore store = new PortalStore(Duration.ofMinutes(5), 3);
        for (String code : new String[] {"A", "B", "C", "D", "E"}) {
            assertEquals(PortalStore.Result.OK, store.syncDossier(dossier(code, 2), false));
        }
        assertEquals(3, store.stats().path("dossiers").asInt());
        assertEquals(2, store.stats().path("forgotten").asInt());
        assertFalse(store.view("A").isPresent());
        assertFalse(store.view("B").isPresent());
        assertTrue(store.view("C").isPresent());
        assertTrue(store.view("E").isPresent());
        // A forgotten dossier's update and step are the portal's to accept: no "unknown dossier" for them.
        assertEquals(PortalStore.Result.OK, store.progress(step("A")));
        assertEquals(PortalStore.Result.OK, store.syncDossier(dossier("B", 4), true));
        assertEquals(3, store.stats().path("dossiers").asInt());
        // A cleared store (a test's fresh start) knows again that it forgot nothing.
        store.clear();
        assertEquals(PortalStore.Result.UNKNOWN, store.syncDossier(dossier("B", 4), true));
    }

    @Test
    void expiredSessionsAreDroppedAtTheNextLogin() throws InterruptedException {
        PortalStore store = new PortalStore(Duration.ofMillis(20), 3);
        String first = store.login();
        store.login();
        Thread.sleep(40);
        String third = store.login();
        assertFalse(store.validSession(first));
        assertTrue(store.validSession(third));
        assertEquals(1, store.stats().path("sessions").asInt());
    }
}
