package vn.motcua.tracking.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import vn.motcua.tracking.agency.service.AgencyRegistry;
import vn.motcua.tracking.scorecard.domain.Indicator;
import vn.motcua.tracking.scorecard.domain.Scorecard;
import vn.motcua.tracking.scorecard.service.ScorecardReport;
import vn.motcua.tracking.statistics.domain.StatisticsRow;
import vn.motcua.tracking.statistics.service.StatisticsReport;

/**
 * Reports 06a/06b and the Decision 766 scorecard as .xlsx files for officials: Vietnamese headers, the agency and
 * period in the title rows, every figure a number. They are written from the same objects the JSON answers are.
 */
@ApplicationScoped
public class ReportWorkbooks {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> STATISTICS_HEADERS = List.of(
            "Cơ quan",
            "Mã thủ tục",
            "Kỳ trước chuyển qua",
            "Tiếp nhận trực tuyến",
            "Tiếp nhận trực tiếp",
            "Tổng tiếp nhận",
            "Giải quyết trước hạn",
            "Giải quyết đúng hạn",
            "Giải quyết quá hạn",
            "Đang giải quyết trong hạn",
            "Đang giải quyết quá hạn",
            "Rút hồ sơ",
            "Tạm dừng",
            "Không tiếp nhận",
            "Tỷ lệ đúng hạn (%)");
    private final AgencyRegistry agencies;

    public ReportWorkbooks(AgencyRegistry agencies) {
        this.agencies = agencies;
    }

    public byte[] statistics(StatisticsReport.Report report) {
        try (Sheets x = new Sheets()) {
            Sheet s = x.sheet(
                    "Báo cáo 06a",
                    List.of(
                            "BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                            "Cơ quan: " + report.agency().map(this::name).orElse("Toàn tỉnh")
                                    + report.procedure()
                                            .map(p -> " · Thủ tục " + p)
                                            .orElse(""),
                            "Kỳ báo cáo: từ ngày " + DAY.format(report.from()) + " đến ngày "
                                    + DAY.format(report.to())),
                    STATISTICS_HEADERS);
            for (StatisticsRow r : report.rows()) {
                statisticsRow(x, s, false, name(r.agencyCode()), r.procedureCode(), r);
            }
            statisticsRow(x, s, true, "Tổng cộng", null, report.total());
            return x.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void statisticsRow(
            Sheets x, Sheet s, boolean strong, String agency, String procedure, StatisticsRow r) {
        x.row(
                s,
                strong,
                agency,
                procedure,
                r.carriedOver(),
                r.receivedOnline(),
                r.receivedCounter(),
                r.received(),
                r.resolvedEarly(),
                r.resolvedOnTime(),
                r.resolvedLate(),
                r.inProgressWithinDeadline(),
                r.inProgressOverdue(),
                r.withdrawn(),
                r.suspended(),
                r.notAccepted(),
                r.onTimeRate());
    }

    /** The province's card and the month's agency cards (all of them, or the caller's own), ranked as given. */
    public byte[] scorecard(ScorecardReport.Month m) {
        List<Scorecard> agencyCards = m.agencies();
        String period = "Tháng "
                + String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear());
        List<String> summary = new ArrayList<>(List.of("Hạng", "Cơ quan", "Điểm", "Điểm tối đa đo được", "Tỷ lệ (%)"));
        for (Indicator.Group g : Indicator.Group.values()) {
            summary.add(g.label);
        }
        try (Sheets x = new Sheets()) {
            Sheet s = x.sheet(
                    "Tổng hợp",
                    List.of(
                            "BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH 766/QĐ-TTg)",
                            period,
                            "Điểm tính trên các chỉ số nền tảng đo được từ dữ liệu của mình (docs/scorecard.md)"),
                    summary);
            summaryRow(x, s, true, null, m.province());
            int rank = 1;
            for (Scorecard c : agencyCards) {
                summaryRow(x, s, false, rank++, c);
            }
            Sheet d = x.sheet(
                    "Chi tiết",
                    List.of("CHI TIẾT TỪNG CHỈ SỐ", period),
                    List.of("Cơ quan", "Nhóm", "Chỉ số", "Trọng số", "Tử số", "Mẫu số", "Tỷ lệ", "Điểm", "Ghi chú"));
            List<Scorecard> all = new ArrayList<>(List.of(m.province()));
            all.addAll(agencyCards);
            for (Scorecard c : all) {
                for (Scorecard.GroupScore g : c.groups()) {
                    for (Scorecard.IndicatorScore i : g.indicators()) {
                        x.row(
                                d,
                                false,
                                name(c.scope()),
                                g.label(),
                                i.label(),
                                i.weight(),
                                i.part().orElse(null),
                                i.whole().orElse(null),
                                i.ratio().orElse(null),
                                i.points().orElse(null),
                                !i.measured()
                                        ? "Chưa đo được"
                                        : i.whole().filter(w -> w == 0).isPresent() ? "Không phát sinh" : null);
                    }
                }
            }
            return x.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summaryRow(Sheets x, Sheet s, boolean strong, Integer rank, Scorecard c) {
        List<Object> values = new ArrayList<>(
                List.of(rank == null ? "" : rank, name(c.scope()), c.points(), c.maxPoints(), c.percent()));
        c.groups().forEach(g -> values.add(g.points()));
        x.row(s, strong, values.toArray());
    }

    private String name(String agency) {
        if (ScorecardReport.PROVINCE.equals(agency)) {
            return "Toàn tỉnh";
        }
        return agencies.name(agency).map(n -> n + " (" + agency + ")").orElse(agency);
    }
}
