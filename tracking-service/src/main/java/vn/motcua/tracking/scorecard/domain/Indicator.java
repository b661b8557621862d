package vn.motcua.tracking.scorecard.domain;

import java.util.Optional;
import java.util.function.Function;

/**
 * The indicators of Decision 766/QĐ-TTg's index, in its five groups, with what the platform can measure of each
 * from its own data (docs/scorecard.md gives every formula and source). An indicator without a measure is "not
 * measured": it scores nothing and its weight is left out of the maximum, never a made-up figure.
 */
public enum Indicator {
    PUBLISHED_ON_TIME(Group.TRANSPARENCY, "Công khai thủ tục hành chính đúng hạn", null),
    UPDATED_ON_TIME(Group.TRANSPARENCY, "Cập nhật thủ tục hành chính đúng hạn", null),
    PUBLISHED_IN_FULL(Group.TRANSPARENCY, "Công khai đầy đủ thủ tục hành chính", null),
    PORTAL_SYNC(
            Group.TRANSPARENCY,
            "Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia",
            f -> new Ratio(Math.min(f.portalHeld(), f.portalReceived()), f.portalReceived())),
    ON_TIME(
            Group.PROGRESS,
            "Hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết trong hạn",
            f -> new Ratio(
                    f.resolvedEarly() + f.resolvedOnTime() + f.inProgressWithinDeadline(),
                    f.resolved() + f.inProgressWithinDeadline() + f.inProgressOverdue())),
    FULLY_ONLINE(
            Group.ONLINE,
            "Hồ sơ nộp trực tuyến",
            f -> new Ratio(f.receivedOnline(), f.receivedOnline() + f.receivedCounter())),
    ONLINE_PAYMENT(Group.ONLINE, "Thanh toán trực tuyến", null),
    ELECTRONIC_RESULTS(Group.DIGITISATION, "Cấp kết quả điện tử", null),
    DIGITISED_COMPONENTS(
            Group.DIGITISATION,
            "Số hóa thành phần hồ sơ",
            f -> new Ratio(f.componentsDigitised(), f.componentsReceived())),
    CERTIFIED_COPIES(Group.DIGITISATION, "Chứng thực bản sao điện tử", null),
    DATA_REUSE(Group.DIGITISATION, "Tái sử dụng dữ liệu đã số hóa", null),
    PERSONAL_DATA_STORE(Group.DIGITISATION, "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", null),
    POPULATION_DATA_IDENTITY(Group.DIGITISATION, "Khai thác dữ liệu dân cư: xác thực định danh", null),
    POPULATION_DATA_REUSE(Group.DIGITISATION, "Khai thác dữ liệu dân cư: thay thế giấy tờ", null),
    FEEDBACK_ON_TIME(
            Group.SATISFACTION,
            "Phản ánh, kiến nghị được trả lời đúng hạn",
            f -> new Ratio(f.feedbackAnsweredOnTime(), f.feedbackAnsweredOnTime() + f.feedbackAnsweredLate())),
    FEEDBACK_SATISFIED(
            Group.SATISFACTION,
            "Hài lòng với trả lời phản ánh, kiến nghị",
            f -> new Ratio(f.feedbackSatisfied(), f.feedbackSatisfied() + f.feedbackDissatisfied())),
    HANDLING_SATISFIED(
            Group.SATISFACTION,
            "Hài lòng với việc giải quyết hồ sơ",
            f -> new Ratio(
                    Math.max(0, f.resolved() - f.ratedDissatisfied() - f.feedbackAboutDossier() - f.resolvedLate()),
                    f.resolved()));

    /** The five groups and their labels. */
    public enum Group {
        TRANSPARENCY("Công khai, minh bạch"),
        PROGRESS("Tiến độ giải quyết"),
        ONLINE("Dịch vụ trực tuyến"),
        DIGITISATION("Số hóa hồ sơ"),
        SATISFACTION("Mức độ hài lòng");

        public final String label;

        Group(String label) {
            this.label = label;
        }
    }

    /** A part of a whole; a whole of zero is a period where nothing arose to measure. */
    public record Ratio(long part, long whole) {}

    public final Group group;
    public final String label;
    private final Function<ScorecardFigures, Ratio> measure;

    Indicator(Group group, String label, Function<ScorecardFigures, Ratio> measure) {
        this.group = group;
        this.label = label;
        this.measure = measure;
    }

    /** The ratio for these figures; empty when the platform cannot measure this indicator. */
    public Optional<Ratio> measure(ScorecardFigures figures) {
        return measure == null ? Optional.empty() : Optional.of(measure.apply(figures));
    }
}
