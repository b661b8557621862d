package vn.motcua.intake.portal.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The national portal's code lists and date format, as provincial integrations describe them. Every value
 * marked [verify] in docs/national-portal.md is here, so a province corrects it in this file alone.
 */
public final class PortalCodes {
    public static final String SYNC_DOSSIER = "DongBoHoSoMC";
    public static final String PROGRESS = "CapNhatTienDoHoSoMC";

    /** yyyyMMddHHmmss in Vietnam time. */
    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** KenhThucHien: 1 at the counter (trực tiếp), 2 online (trực tuyến), 3 by post (bưu chính) [verify]. */
    public static final Map<String, Integer> CHANNEL = Map.of("COUNTER", 1, "ONLINE", 2, "POSTAL", 3);

    /** LoaiDoiTuong: 1 citizen, 2 business, 3 state body, 4 organisation. */
    public static final Map<String, Integer> APPLICANT_TYPE =
            Map.of("CITIZEN", 1, "BUSINESS", 2, "STATE_BODY", 3, "ORGANISATION", 4);

    /** DinhDanhCHS.LoaiDinhDanh: 1 citizen ID (CCCD), 2 tax code [verify]. */
    public static final Map<String, Integer> ID_TYPE = Map.of("CITIZEN", 1, "BUSINESS", 2, "ORGANISATION", 2);

    /** The gateway's answers (error_code) [verify]. */
    public static final int OK = 0;

    public static final int BAD_SESSION = 1;
    public static final int INVALID = 2;
    public static final int EXISTS = 3;
    public static final int UNKNOWN_DOSSIER = 4;

    /** What a progress update says was done (NoiDungXuLy), by status event; events not listed send none. */
    public static final Map<String, String> STEP_TEXT = Map.ofEntries(
            Map.entry("DOSSIER_PROCESSING_STARTED", "Bắt đầu xử lý hồ sơ"),
            Map.entry("DOSSIER_HANDED_OVER", "Chuyển xử lý"),
            Map.entry("DOSSIER_SUPPLEMENT_REQUESTED", "Yêu cầu bổ sung, hoàn thiện hồ sơ"),
            Map.entry("DOSSIER_SUPPLEMENT_RECEIVED", "Tiếp nhận hồ sơ bổ sung"),
            Map.entry("DOSSIER_PAYMENT_REQUESTED", "Yêu cầu thực hiện nghĩa vụ tài chính"),
            Map.entry("DOSSIER_PAYMENT_RECEIVED", "Đã thực hiện nghĩa vụ tài chính"),
            Map.entry("DOSSIER_SUSPENDED", "Dừng xử lý hồ sơ"),
            Map.entry("DOSSIER_RESOLVED", "Đã giải quyết xong"),
            Map.entry("DOSSIER_RETURNED", "Đã trả kết quả"),
            Map.entry("DOSSIER_WITHDRAWN", "Công dân rút hồ sơ"),
            Map.entry("DOSSIER_APOLOGY_ISSUED", "Xin lỗi và hẹn lại ngày trả kết quả"),
            Map.entry("DOSSIER_AGENCY_MERGED", "Chuyển hồ sơ sang cơ quan kế thừa sau sáp nhập"));

    /** Tracking's events the portal never hears of: reminders, not changes of the dossier. */
    public static boolean ignored(String statusEventType) {
        return statusEventType.equals("DOSSIER_OVERDUE")
                || statusEventType.equals("DOSSIER_DUE_SOON")
                || statusEventType.equals("DOSSIER_STEP_OVERDUE")
                || statusEventType.equals("DOSSIER_STEP_DUE_SOON");
    }

    private PortalCodes() {}

    public static String date(Instant t) {
        return DATE.format(t);
    }
}
