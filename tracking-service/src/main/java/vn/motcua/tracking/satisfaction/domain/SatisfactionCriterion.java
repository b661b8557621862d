package vn.motcua.tracking.satisfaction.domain;

/**
 * The nine criteria on which citizens assess the handling of a procedure under the one-stop regulation (Decree
 * 61/2018, Article 32(1), as provincial portals publish them; Decree 118/2025's wording was not read here), with the
 * words citizens read.
 */
public enum SatisfactionCriterion {
    TOTAL_TIME("Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định"),
    TIME_AT_EACH_AGENCY("Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết"),
    CONTACTS("Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ"),
    AGENCIES_CONTACTED("Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ"),
    ONE_STOP("Việc tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa"),
    PUBLICITY("Mức độ công khai thủ tục hành chính"),
    ATTITUDE("Thái độ của cán bộ, công chức, viên chức khi hướng dẫn, tiếp nhận, giải quyết hồ sơ"),
    FEEDBACK_HANDLING("Việc tiếp thu, giải trình ý kiến phản ánh, kiến nghị"),
    ONLINE_SERVICE("Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến");

    public final String label;

    SatisfactionCriterion(String label) {
        this.label = label;
    }
}
