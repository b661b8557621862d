package vn.motcua.intake.portal.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code data} of the gateway's two calls, field by field (docs/national-portal.md). Absent values are left
 * out rather than sent empty. Field names and code lists are the guesses marked [verify] in the doc.
 */
public final class PortalRequests {
    private PortalRequests() {}

    /** DongBoHoSoMC: the whole dossier as it stands after a change. */
    public static Map<String, Object> dossier(DossierFacts f, PortalRecord r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("MaHoSo", f.code());
        d.put("MaTTHC", f.procedureCode());
        d.put("TenTTHC", f.procedureName());
        f.fieldCode().ifPresent(c -> d.put("MaLinhVuc", c));
        d.put("KenhThucHien", text(PortalCodes.CHANNEL.get(f.channel())));
        d.put("ChuHoSo", f.applicantName());
        d.put("LoaiDoiTuong", text(PortalCodes.APPLICANT_TYPE.get(f.applicantType())));
        d.put(
                "DinhDanhCHS",
                List.of(Map.of(
                        "LoaiDinhDanh", text(PortalCodes.ID_TYPE.get(f.applicantType())), "SoDinhDanh", f.idNumber())));
        d.put("NgayNopHoSo", PortalCodes.date(f.submittedAt()));
        putDate(d, "NgayTiepNhan", r.receivedAt);
        putDate(d, "NgayHenTra", r.appointment);
        putDate(d, "NgayTra", r.returnedAt);
        putDate(d, "NgayKetThucXuLy", r.resolvedAt);
        putDate(d, "NgayTuChoi", r.refusedAt);
        d.put("TrangThaiHoSo", text(r.status));
        d.put("DonViXuLy", r.holdingAgency);
        d.put(
                "TaiLieuNop",
                f.documents().stream()
                        .map(doc -> {
                            Map<String, Object> t = new LinkedHashMap<>();
                            t.put("MaThanhPhanHoSo", doc.componentCode());
                            t.put("TenTepDinhKem", doc.componentName());
                            doc.fileId().ifPresent(id -> t.put("TepDinhKemId", id));
                            t.put("DuocSoHoa", doc.fileId().isPresent() ? "1" : "0");
                            t.put("DuocTaiSuDung", "0");
                            return t;
                        })
                        .toList());
        d.put(
                "DanhSachLePhi",
                f.feeVnd() > 0 ? List.of(Map.of("TenPhiLePhi", "Phí, lệ phí", "Gia", text(f.feeVnd()))) : List.of());
        d.put(
                "DanhSachHoSoBoSung",
                r.supplements.stream()
                        .map(s -> {
                            Map<String, Object> b = new LinkedHashMap<>();
                            b.put("NgayBoSung", PortalCodes.date(s.requestedAt()));
                            b.put("NgayTiepNhanBoSung", PortalCodes.date(s.receivedAt()));
                            putDate(b, "NgayHenTraTruoc", s.oldAppointment());
                            putDate(b, "NgayHenTraMoi", s.newAppointment());
                            s.reason().ifPresent(reason -> b.put("NoiDungBoSung", reason));
                            return b;
                        })
                        .toList());
        return d;
    }

    /** CapNhatTienDoHoSoMC: one processing step, for a change that is one (see {@link SyncItem#progressText()}). */
    public static Map<String, Object> progress(DossierFacts f, SyncItem item) {
        SyncItem.StatusFacts s = item.status().orElseThrow(() -> new IllegalArgumentException("intake's own change"));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("MaHoSo", f.code());
        p.put("NguoiXuLy", s.actorName().orElse("Hệ thống"));
        s.actorTitle().ifPresent(t -> p.put("ChucDanh", t));
        p.put("ThoiDiemXuLy", PortalCodes.date(item.occurredAt()));
        p.put("PhongBanXuLy", s.actorDepartment().or(s::actorAgency).orElse(s.agencyCode()));
        String text = item.progressText().orElseThrow();
        Optional<String> detail = s.step().map(SyncItem.Step::name).or(s::reason);
        p.put("NoiDungXuLy", detail.map(x -> text + ": " + x).orElse(text));
        p.put("TrangThai", text(item.nationalStatus()));
        p.put(
                "NgayBatDau",
                PortalCodes.date(s.step().map(SyncItem.Step::startedAt).orElse(item.occurredAt())));
        putDate(p, "NgayKetThucTheoQuyDinh", s.step().map(SyncItem.Step::dueAt).or(s::dueAt));
        return p;
    }

    /** Codes and amounts go as text, as the gateway's clients send them (docs/national-portal.md). */
    private static String text(Object value) {
        return String.valueOf(value);
    }

    private static void putDate(Map<String, Object> m, String field, Optional<java.time.Instant> t) {
        t.ifPresent(x -> m.put(field, PortalCodes.date(x)));
    }
}
