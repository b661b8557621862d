package vn.motcua.tracking.lifecycle.domain;

/**
 * Tracking's part of the national status list (codes used by the National Public Service Portal), with the label
 * citizens and officers read: the pages take it from the API, so there is one copy of each word.
 */
public enum TrackedStatus {
    RECEIVED(2, "Đã tiếp nhận"),
    PROCESSING(4, "Đang xử lý"),
    SUPPLEMENT_REQUESTED(5, "Chờ bổ sung"),
    PAYMENT_REQUESTED(6, "Chờ thực hiện nghĩa vụ tài chính"),
    WITHDRAWN(7, "Đã rút hồ sơ"),
    SUSPENDED(8, "Dừng xử lý"),
    RESOLVED(9, "Đã có kết quả"),
    RETURNED(10, "Đã trả kết quả");

    public final int nationalCode;
    public final String label;

    TrackedStatus(int nationalCode, String label) {
        this.nationalCode = nationalCode;
        this.label = label;
    }
}
