package vn.motcua.tracking.forms.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.tracking.agency.service.AgencyRegistry;
import vn.motcua.tracking.calendar.domain.Outcome;
import vn.motcua.tracking.calendar.domain.SupplementPolicy;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.forms.domain.Addressee;
import vn.motcua.tracking.forms.pdf.FormPdf;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;

/**
 * Forms 02 (supplement request), 04 (apology and new appointment), 05 (notice that processing stopped) and 06
 * (process-control sheet) of a dossier.
 */
@ApplicationScoped
public class DossierForms {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    private final CalendarService calendar;
    private final AgencyRegistry agencies;

    public DossierForms(CalendarService calendar, AgencyRegistry agencies) {
        this.calendar = calendar;
        this.agencies = agencies;
    }

    public byte[] supplementRequest(TrackedDossier d) {
        HistoryEntry request = latest(d, Action.REQUEST_SUPPLEMENT)
                .orElseThrow(
                        () -> DomainException.conflict("Hồ sơ " + d.code + " chưa có yêu cầu bổ sung.", List.of()));
        return new FormPdf("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", agency(d))
                .line("Mã hồ sơ: " + d.code)
                .line("Kính gửi: " + to(d).salutation())
                .line("Ngày " + when(d.receivedAt) + ", " + agency(d) + " tiếp nhận hồ sơ đề nghị giải quyết thủ tục "
                        + orDash(d.procedureName) + ".")
                .line("Sau khi xem xét, đề nghị " + to(d).you() + " bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:")
                .line(request.note)
                .line(
                        d.supplementPolicy == SupplementPolicy.RESTART
                                ? "Thời hạn giải quyết được tính lại từ đầu (" + days(d)
                                        + ") kể từ khi nhận đủ hồ sơ bổ sung."
                                : "Thời gian giải quyết tạm dừng từ " + when(request.at)
                                        + " và được tính tiếp khi nhận đủ hồ sơ bổ sung.")
                .line("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, " + to(d).you() + " liên hệ cán bộ "
                        + request.signedBy() + " để được hướng dẫn.")
                .signatures("", "NGƯỜI TIẾP NHẬN HỒ SƠ\n(Ký và ghi rõ họ tên)\n\n\n" + request.signedBy())
                .finish();
    }

    public byte[] apology(TrackedDossier d) {
        HistoryEntry apology = latest(d, Action.APOLOGIZE)
                .orElseThrow(
                        () -> DomainException.conflict("Hồ sơ " + d.code + " chưa có văn bản xin lỗi.", List.of()));
        // The agency that let the dossier run late apologises (Decree 118): after a hand-over, not the receiving one.
        String issuer = apology.actorAgency == null ? agency(d) : party(null, apology.actorAgency, d);
        return new FormPdf("Văn bản xin lỗi và hẹn lại ngày trả kết quả", issuer)
                .line("Mã hồ sơ: " + d.code)
                .line("Kính gửi: " + to(d).salutation())
                .line("Ngày " + when(d.receivedAt) + ", " + agency(d) + " tiếp nhận hồ sơ đề nghị giải quyết thủ tục "
                        + orDash(d.procedureName) + ". Theo quy định, hạn trả kết quả là " + when(d.dueAt) + ".")
                .line("Đến nay hồ sơ chưa được giải quyết đúng hạn. Lý do: " + apology.note)
                .line(issuer + " xin lỗi " + to(d).you() + " vì sự chậm trễ này và hẹn trả kết quả vào "
                        + when(d.newAppointmentAt) + ".")
                .signatures("", "THỦ TRƯỞNG CƠ QUAN\n(Ký, ghi rõ họ tên, đóng dấu)\n\n\n" + apology.signedBy())
                .finish();
    }

    public byte[] suspension(TrackedDossier d) {
        HistoryEntry stop = latest(d, Action.SUSPEND)
                .orElseThrow(() ->
                        DomainException.conflict("Hồ sơ " + d.code + " chưa có thông báo dừng giải quyết.", List.of()));
        // Written by the agency that stopped it, as form 04: after a hand-over, not the receiving one.
        String issuer = stop.actorAgency == null ? agency(d) : party(null, stop.actorAgency, d);
        return new FormPdf("Thông báo dừng giải quyết hồ sơ", issuer)
                .line("Mã hồ sơ: " + d.code)
                .line("Kính gửi: " + to(d).salutation())
                .line("Ngày " + when(d.receivedAt) + ", " + agency(d) + " tiếp nhận hồ sơ đề nghị giải quyết thủ tục "
                        + orDash(d.procedureName) + ".")
                .line(issuer + " thông báo dừng giải quyết hồ sơ của " + to(d).you() + " kể từ " + when(stop.at) + ".")
                .line("Lý do: " + stop.note)
                .line(to(d).you()
                        + " liên hệ Bộ phận Một cửa nơi đã nộp hồ sơ để được hướng dẫn và nhận lại giấy tờ đã nộp"
                        + " (nếu có).")
                .signatures("", "THỦ TRƯỞNG CƠ QUAN\n(Ký, ghi rõ họ tên, đóng dấu)\n\n\n" + stop.signedBy())
                .finish();
    }

    /** A business or an organisation is addressed by its name, a citizen as "Ông/Bà". */
    private static Addressee to(TrackedDossier d) {
        return Addressee.of(d.applicantType, orDash(d.applicantName));
    }

    public byte[] processControl(TrackedDossier d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Giao: người nộp hồ sơ\nNhận: Bộ phận Một cửa, " + agency(d), when(d.receivedAt), when(d.dueAt), ""));
        for (DossierStep s : DossierStep.of(d.code)) {
            rows.add(List.of(
                    "Giao: " + party(s.fromActorName != null ? s.fromActorName : s.fromActor, s.fromAgency, d)
                            + "\nNhận: " + party(s.toActor, s.toAgency, d)
                            + "\n" + s.name + " — "
                            + s.workingDays.stripTrailingZeros().toPlainString().replace('.', ',')
                            + " ngày làm việc",
                    when(s.startedAt),
                    when(s.dueAt),
                    outcome(s.outcome)));
        }
        if (d.resolvedAt != null) {
            rows.add(List.of(
                    "Đã xử lý xong, chuyển Bộ phận Một cửa trả kết quả",
                    when(d.resolvedAt),
                    when(d.dueAt),
                    outcome(d.outcome)));
        }
        return new FormPdf("Phiếu kiểm soát quá trình giải quyết hồ sơ", agency(d))
                .line("Mã hồ sơ: " + d.code + "      Thủ tục: " + orDash(d.procedureName))
                .line("Ngày hẹn trả kết quả: " + when(d.dueAt)
                        + (d.newAppointmentAt == null ? "" : " (hẹn lại: " + when(d.newAppointmentAt) + ")"))
                .table(
                        new float[] {9, 4, 4, 3},
                        List.of("Tên cơ quan, người giao / nhận hồ sơ", "Thời gian giao, nhận", "Hạn xử lý", "Kết quả"),
                        rows)
                .finish();
    }

    private static Optional<HistoryEntry> latest(TrackedDossier d, Action action) {
        return HistoryEntry.<HistoryEntry>find(
                        "dossierCode = ?1 and type = ?2 order by id desc", d.code, action.eventType())
                .firstResultOptional();
    }

    private static String agency(TrackedDossier d) {
        return d.agencyName == null ? "Cơ quan " + d.agencyCode : d.agencyName;
    }

    /** "Phạm Thị Dung, Sở Xây dựng tỉnh Thái Nguyên": a signed form names agencies, not registry codes. */
    private String party(String person, String agencyCode, TrackedDossier d) {
        String agency = agencyCode.equals(d.agencyCode) && d.agencyName != null
                ? d.agencyName
                : agencies.name(agencyCode).orElse("Cơ quan " + agencyCode);
        return person == null || person.isBlank() ? agency : person + ", " + agency;
    }

    private String when(Instant t) {
        return t == null ? "—" : t.atZone(calendar.settings().zone()).format(WHEN);
    }

    private static String outcome(Outcome o) {
        return o == null ? "Đang xử lý" : o.label;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String days(TrackedDossier d) {
        return d.workingDays.stripTrailingZeros().toPlainString().replace('.', ',') + " ngày làm việc";
    }
}
