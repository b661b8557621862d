package vn.motcua.intake.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.portal.domain.DossierFacts;
import vn.motcua.intake.portal.domain.PortalRecord;
import vn.motcua.intake.portal.domain.PortalRequests;
import vn.motcua.intake.portal.domain.SyncItem;

class PortalRequestsTest {
    static final Instant SUBMITTED = Instant.parse("2026-12-01T16:30:00Z"); // 23:30 in Vietnam, 1 Dec
    static final Instant APPOINTMENT = Instant.parse("2026-12-04T10:00:00Z");
    static final DossierFacts FACTS = new DossierFacts(
            "000.00.12.H57-261201-0007",
            "000.00.12.H57",
            "1.001612",
            "Đăng ký hộ kinh doanh",
            Optional.of("HKD"),
            "ONLINE",
            "BUSINESS",
            "Công ty TNHH Ánh Dương",
            "0101234567",
            SUBMITTED,
            Optional.of(APPOINTMENT),
            100_000,
            List.of(
                    new DossierFacts.Document("GDN", "Giấy đề nghị", Optional.of("f-1")),
                    new DossierFacts.Document("HD", "Hợp đồng thuê", Optional.empty())));

    static SyncItem status(
            long id, String type, int national, Instant at, Optional<Instant> due, Optional<String> reason) {
        return new SyncItem(
                id,
                type,
                national,
                at,
                Optional.of(new SyncItem.StatusFacts(
                        "000.00.13.H57",
                        due,
                        reason,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("000.00.13.H57"),
                        Optional.empty())),
                false,
                false);
    }

    @Test
    void anOnlineDossierBeforeAcceptanceHasNoReceiptDateAndDatesAreVietnamTime() {
        List<SyncItem> items =
                List.of(new SyncItem(1, SyncItem.SUBMITTED, 1, SUBMITTED, Optional.empty(), false, false));
        Map<String, Object> d = PortalRequests.dossier(FACTS, PortalRecord.fold(FACTS, items, 1));
        assertEquals("20261201233000", d.get("NgayNopHoSo"));
        assertEquals("1", d.get("TrangThaiHoSo"));
        assertFalse(d.containsKey("NgayTiepNhan"));
        assertFalse(d.containsKey("NgayHenTra"));
        assertEquals("2", d.get("KenhThucHien"));
        assertEquals("2", d.get("LoaiDoiTuong"));
        assertEquals(List.of(Map.of("LoaiDinhDanh", "2", "SoDinhDanh", "0101234567")), d.get("DinhDanhCHS"));
        assertEquals("HKD", d.get("MaLinhVuc"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> docs = (List<Map<String, Object>>) d.get("TaiLieuNop");
        assertEquals("1", docs.get(0).get("DuocSoHoa"));
        assertEquals("Giấy đề nghị", docs.get(0).get("TenTepDinhKem"));
        assertEquals("0", docs.get(1).get("DuocSoHoa"));
        // The fee's amount under the name a provincial client of the gateway uses (docs/national-portal.md).
        assertEquals(List.of(Map.of("TenPhiLePhi", "Phí, lệ phí", "Gia", "100000")), d.get("DanhSachLePhi"));
    }

    @Test
    void aSupplementRoundCarriesTheOldAndNewAppointmentAndTheRecordFollowsTheHoldingAgency() {
        Instant received = Instant.parse("2026-12-02T01:00:00Z");
        Instant asked = Instant.parse("2026-12-02T03:00:00Z");
        Instant back = Instant.parse("2026-12-07T02:00:00Z");
        Instant moved = Instant.parse("2026-12-08T10:00:00Z");
        List<SyncItem> items = List.of(
                new SyncItem(1, SyncItem.SUBMITTED, 1, SUBMITTED, Optional.empty(), false, false),
                new SyncItem(2, SyncItem.RECEIVED, 2, received, Optional.empty(), false, false),
                status(
                        3,
                        "DOSSIER_SUPPLEMENT_REQUESTED",
                        5,
                        asked,
                        Optional.of(APPOINTMENT),
                        Optional.of("Bổ sung hợp đồng")),
                status(4, "DOSSIER_SUPPLEMENT_RECEIVED", 4, back, Optional.of(moved), Optional.empty()),
                status(5, "DOSSIER_RESOLVED", 9, moved, Optional.of(moved), Optional.empty()));
        Map<String, Object> d = PortalRequests.dossier(FACTS, PortalRecord.fold(FACTS, items, 5));
        assertEquals("20261202080000", d.get("NgayTiepNhan"));
        assertEquals("20261208170000", d.get("NgayHenTra"));
        assertEquals("20261208170000", d.get("NgayKetThucXuLy"));
        assertEquals("9", d.get("TrangThaiHoSo"));
        assertEquals("000.00.13.H57", d.get("DonViXuLy"));
        assertEquals(
                List.of(Map.of(
                        "NgayBoSung",
                        "20261202100000",
                        "NgayTiepNhanBoSung",
                        "20261207090000",
                        "NgayHenTraTruoc",
                        "20261204170000",
                        "NgayHenTraMoi",
                        "20261208170000",
                        "NoiDungBoSung",
                        "Bổ sung hợp đồng")),
                d.get("DanhSachHoSoBoSung"));

        Map<String, Object> p = PortalRequests.progress(FACTS, items.get(2));
        assertEquals("Hệ thống", p.get("NguoiXuLy"));
        assertEquals("Yêu cầu bổ sung, hoàn thiện hồ sơ: Bổ sung hợp đồng", p.get("NoiDungXuLy"));
        assertEquals("5", p.get("TrangThai"));
        assertEquals("20261202100000", p.get("ThoiDiemXuLy"));
    }

    @Test
    void aRefusalHasItsDate() {
        Instant refused = Instant.parse("2026-12-02T09:15:00Z");
        List<SyncItem> items = List.of(
                new SyncItem(1, SyncItem.SUBMITTED, 1, SUBMITTED, Optional.empty(), false, false),
                new SyncItem(2, SyncItem.NOT_ACCEPTED, 3, refused, Optional.empty(), false, false));
        Map<String, Object> d = PortalRequests.dossier(FACTS, PortalRecord.fold(FACTS, items, 2));
        assertEquals("3", d.get("TrangThaiHoSo"));
        assertEquals("20261202161500", d.get("NgayTuChoi"));
        assertFalse(d.containsKey("NgayTiepNhan"));
    }
}
