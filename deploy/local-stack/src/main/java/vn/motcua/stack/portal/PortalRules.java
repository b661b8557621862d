package vn.motcua.stack.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the simulated gateway checks before it accepts a call: mandatory fields, code lists and formats.
 * The rules are how provincial integrations describe the gateway [verify against the gateway a province is given].
 */
final class PortalRules {
    static final Pattern DATE = Pattern.compile("\\d{14}");
    static final Pattern AGENCY_PREFIX = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-.+");
    static final Pattern FIELD_CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");
    static final Set<String> CHANNELS = Set.of("1", "2", "3");
    static final Set<String> APPLICANT_TYPES = Set.of("1", "2", "3", "4");

    private PortalRules() {}

    static List<String> dossierProblems(JsonNode d) {
        List<String> problems = new ArrayList<>();
        for (String f : List.of(
                "MaHoSo",
                "MaTTHC",
                "TenTTHC",
                "MaLinhVuc",
                "KenhThucHien",
                "ChuHoSo",
                "LoaiDoiTuong",
                "NgayNopHoSo",
                "TrangThaiHoSo",
                "DonViXuLy")) {
            if (d.path(f).asText("").isBlank()) {
                problems.add(f + ": bắt buộc");
            }
        }
        String code = d.path("MaHoSo").asText("");
        if (!code.isEmpty() && !AGENCY_PREFIX.matcher(code).matches()) {
            problems.add("MaHoSo: phải bắt đầu bằng mã định danh của cơ quan tiếp nhận");
        }
        String field = d.path("MaLinhVuc").asText("");
        if (!field.isEmpty() && !FIELD_CODE.matcher(field).matches()) {
            problems.add("MaLinhVuc: không đúng định dạng mã lĩnh vực");
        }
        if (!d.path("KenhThucHien").asText("").isEmpty()
                && !CHANNELS.contains(d.path("KenhThucHien").asText())) {
            problems.add("KenhThucHien: chỉ nhận 1, 2 hoặc 3");
        }
        if (!d.path("LoaiDoiTuong").asText("").isEmpty()
                && !APPLICANT_TYPES.contains(d.path("LoaiDoiTuong").asText())) {
            problems.add("LoaiDoiTuong: chỉ nhận 1 đến 4");
        }
        int status = d.path("TrangThaiHoSo").asInt(0);
        if (status < 1 || status > 10) {
            problems.add("TrangThaiHoSo: chỉ nhận 1 đến 10");
        }
        if (status >= 2 && status != 3 && d.path("NgayTiepNhan").asText("").isEmpty()) {
            problems.add("NgayTiepNhan: bắt buộc khi hồ sơ đã được tiếp nhận");
        }
        JsonNode ids = d.path("DinhDanhCHS");
        if (!ids.isArray()
                || ids.isEmpty()
                || ids.get(0).path("SoDinhDanh").asText("").isBlank()) {
            problems.add("DinhDanhCHS: cần loại và số định danh của chủ hồ sơ");
        }
        for (String f :
                List.of("NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy", "NgayTuChoi")) {
            String v = d.path(f).asText("");
            if (!v.isEmpty() && !DATE.matcher(v).matches()) {
                problems.add(f + ": định dạng yyyyMMddHHmmss");
            }
        }
        return problems;
    }

    static List<String> progressProblems(JsonNode p) {
        List<String> problems = new ArrayList<>();
        for (String f : List.of("MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "PhongBanXuLy", "NoiDungXuLy", "TrangThai")) {
            if (p.path(f).asText("").isBlank()) {
                problems.add(f + ": bắt buộc");
            }
        }
        for (String f : List.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh")) {
            String v = p.path(f).asText("");
            if (!v.isEmpty() && !DATE.matcher(v).matches()) {
                problems.add(f + ": định dạng yyyyMMddHHmmss");
            }
        }
        return problems;
    }
}
