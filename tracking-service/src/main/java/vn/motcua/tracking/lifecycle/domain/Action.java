package vn.motcua.tracking.lifecycle.domain;

/** What an officer can do to a dossier under the clock (POST /api/dossiers/{code}/actions). */
public enum Action {
    START_PROCESSING("Bắt đầu xử lý"),
    HAND_OVER("Chuyển xử lý"),
    REQUEST_SUPPLEMENT("Yêu cầu bổ sung hồ sơ (mẫu 02)"),
    SUPPLEMENT_RECEIVED("Nhận hồ sơ bổ sung"),
    REQUEST_PAYMENT("Yêu cầu thực hiện nghĩa vụ tài chính"),
    PAYMENT_RECEIVED("Đã thực hiện nghĩa vụ tài chính"),
    SUSPEND("Dừng xử lý (mẫu 05)"),
    RESOLVE("Đã xử lý xong"),
    RETURN_RESULT("Trả kết quả"),
    WITHDRAW("Công dân rút hồ sơ"),
    APOLOGIZE("Xin lỗi và hẹn lại (mẫu 04)");

    public final String label;

    Action(String label) {
        this.label = label;
    }

    /** The event type published for this action, e.g. DOSSIER_SUPPLEMENT_REQUESTED. */
    public String eventType() {
        return switch (this) {
            case START_PROCESSING -> "DOSSIER_PROCESSING_STARTED";
            case HAND_OVER -> "DOSSIER_HANDED_OVER";
            case REQUEST_SUPPLEMENT -> "DOSSIER_SUPPLEMENT_REQUESTED";
            case SUPPLEMENT_RECEIVED -> "DOSSIER_SUPPLEMENT_RECEIVED";
            case REQUEST_PAYMENT -> "DOSSIER_PAYMENT_REQUESTED";
            case PAYMENT_RECEIVED -> "DOSSIER_PAYMENT_RECEIVED";
            case SUSPEND -> "DOSSIER_SUSPENDED";
            case RESOLVE -> "DOSSIER_RESOLVED";
            case RETURN_RESULT -> "DOSSIER_RETURNED";
            case WITHDRAW -> "DOSSIER_WITHDRAWN";
            case APOLOGIZE -> "DOSSIER_APOLOGY_ISSUED";
        };
    }
}
