package vn.motcua.intake.receipt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What form 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) prints, already in the words and formats an
 * applicant reads. Plain data: the PDF layout is ReceiptPdf's business.
 */
public record ReceiptSlip(
        String code,
        String agencyName,
        String procedureName,
        boolean applicantIsPerson,
        String applicantName,
        String maskedIdNumber,
        String maskedPhone,
        Optional<String> email,
        Optional<String> address,
        List<Line> documents,
        BigDecimal workingDays,
        Instant receivedAt,
        Optional<Instant> appointmentAt,
        String receivedBy) {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    /** One received document component with the number of originals and copies the catalogue asks for. */
    public record Line(String name, int originals, int copies) {}

    public static String when(Instant t) {
        return ZonedDateTime.ofInstant(t, VIETNAM).format(WHEN);
    }

    /** "10 ngày làm việc", "0,5 ngày làm việc", or same-day handling when the procedure takes no time. */
    public String processingTime() {
        if (workingDays.signum() == 0) {
            return "Trong ngày làm việc";
        }
        return workingDays.stripTrailingZeros().toPlainString().replace('.', ',') + " ngày làm việc";
    }

    /** The appointment, or why there is none yet (tracking computes it; the applicant is told when it does). */
    public String appointment() {
        return appointmentAt
                .map(ReceiptSlip::when)
                .orElse("Đang xác định; ngày hẹn trả sẽ được thông báo qua tin nhắn và thư điện tử, "
                        + "và tra cứu được bằng mã hồ sơ.");
    }
}
