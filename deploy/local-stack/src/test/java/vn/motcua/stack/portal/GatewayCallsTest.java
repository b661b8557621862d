package vn.motcua.stack.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The stand-in takes a call's records as a list of one, as the gateway's clients send them, and refuses an object. */
class GatewayCallsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PortalStore store = new PortalStore(Duration.ofMinutes(5), 100);
    private final GatewayCalls calls = new GatewayCalls(store, new Faults(), "s-1"::equals);

    private static ObjectNode dossier() {
        ObjectNode d = JSON.createObjectNode();
        d.putArray("DinhDanhCHS").addObject().put("LoaiDinhDanh", 1).put("SoDinhDanh", "019095012345");
        return d.put("MaHoSo", "000.00.12.H57-261207-0001")
                .put("MaTTHC", "2.000488")
                .put("TenTTHC", "Cấp Phiếu lý lịch tư pháp")
                .put("MaLinhVuc", "LLTP")
                .put("KenhThucHien", 1)
                .put("ChuHoSo", "Nguyễn Văn An")
                .put("LoaiDoiTuong", 1)
                .put("NgayNopHoSo", "20261207090000")
                .put("NgayTiepNhan", "20261207090000")
                .put("TrangThaiHoSo", 2)
                .put("DonViXuLy", "000.00.12.H57");
    }

    private JsonNode call(JsonNode data, JsonNode updating) {
        ObjectNode body = JSON.createObjectNode()
                .put("session", "s-1")
                .put("service", "DongBoHoSoMC")
                .put("madonvi", "H57");
        body.set("isUpdating", updating);
        body.set("data", data);
        return calls.decide(body);
    }

    @Test
    void aListOfOneRecordIsTakenAndABareObjectRefused() {
        JsonNode bare = call(dossier(), JSON.getNodeFactory().booleanNode(false));
        assertEquals(GatewayCalls.INVALID, bare.path("error_code").asInt(), bare.toString());
        assertEquals(0, store.stats().path("dossiers").asInt());
        JsonNode two = call(
                JSON.createArrayNode().add(dossier()).add(dossier()),
                JSON.getNodeFactory().booleanNode(false));
        assertEquals(GatewayCalls.INVALID, two.path("error_code").asInt(), two.toString());
        JsonNode created = call(
                JSON.createArrayNode().add(dossier()), JSON.getNodeFactory().booleanNode(false));
        assertEquals(GatewayCalls.OK, created.path("error_code").asInt(), created.toString());
        assertEquals(1, store.stats().path("dossiers").asInt());
    }

    @Test
    void isUpdatingIsTakenAsTrueOrAsTheTextTrue() {
        call(JSON.createArrayNode().add(dossier()), JSON.getNodeFactory().booleanNode(false));
        // Created once: a second create is "đã tồn tại", an update written "True" is an update.
        JsonNode again = call(
                JSON.createArrayNode().add(dossier()), JSON.getNodeFactory().textNode("False"));
        assertEquals(GatewayCalls.EXISTS, again.path("error_code").asInt(), again.toString());
        JsonNode update = call(
                JSON.createArrayNode().add(dossier().put("TrangThaiHoSo", 3)),
                JSON.getNodeFactory().textNode("True"));
        assertEquals(GatewayCalls.OK, update.path("error_code").asInt(), update.toString());
    }
}
