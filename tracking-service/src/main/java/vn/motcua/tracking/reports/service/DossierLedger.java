package vn.motcua.tracking.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import vn.motcua.tracking.agency.service.AgencyRegistry;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.domain.FieldError;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.domain.DossierStep;
import vn.motcua.tracking.lifecycle.domain.HistoryEntry;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;

/**
 * Form 07, the dossier ledger (Sổ theo dõi hồ sơ), as an .xlsx: one row per dossier an agency received in a month,
 * with when it was received, due, sent on to the agency that decides it, resolved and returned. Contact details
 * (the form's address and phone) stay in intake: tracking holds the applicant's name only.
 */
@ApplicationScoped
public class DossierLedger {
    /** A month of a busy centre is a few thousand rows; a whole province's month stays under this. */
    static final int MAX_ROWS = 50_000;

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final List<String> HEADERS = List.of(
            "STT",
            "Mã hồ sơ",
            "Tên thủ tục hành chính",
            "Tên cá nhân, tổ chức",
            "Hình thức nộp",
            "Nhận hồ sơ",
            "Hẹn trả kết quả",
            "Hẹn lại (mẫu 04)",
            "Cơ quan chủ trì giải quyết",
            "Chuyển hồ sơ đến cơ quan giải quyết",
            "Có kết quả",
            "Trả kết quả",
            "Tình trạng");
    private final AgencyRegistry agencies;
    private final CalendarService calendar;

    public DossierLedger(AgencyRegistry agencies, CalendarService calendar) {
        this.agencies = agencies;
        this.calendar = calendar;
    }

    public byte[] month(YearMonth month, Optional<String> agency) {
        ZoneId zone = calendar.settings().zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        String where = "receivedAt >= ?1 and receivedAt < ?2" + (agency.isPresent() ? " and agencyCode = ?3" : "");
        Object[] params = agency.isPresent() ? new Object[] {from, to, agency.get()} : new Object[] {from, to};
        if (TrackedDossier.count(where, params) > MAX_ROWS) {
            throw DomainException.invalid(
                    List.of(new FieldError("agency", "quá " + MAX_ROWS + " hồ sơ trong tháng: chọn từng cơ quan")));
        }
        List<TrackedDossier> dossiers = TrackedDossier.list(where + " order by receivedAt, code", params);
        Map<String, DossierStep> sentOn = firstHandOverElsewhere(dossiers);
        Map<String, Instant> returned = returnedAt(dossiers);
        Map<String, String> names = new HashMap<>();
        try (Sheets x = Sheets.streaming()) {
            Sheet s = x.sheet(
                    "Sổ theo dõi hồ sơ",
                    List.of(
                            "SỔ THEO DÕI HỒ SƠ",
                            "Cơ quan tiếp nhận: "
                                    + agency.map(a -> name(a, names)).orElse("Toàn tỉnh"),
                            "Tháng " + String.format("%02d/%d", month.getMonthValue(), month.getYear())),
                    HEADERS);
            int n = 1;
            for (TrackedDossier d : dossiers) {
                Optional<DossierStep> step = Optional.ofNullable(sentOn.get(d.code));
                x.row(
                        s,
                        false,
                        n++,
                        d.code,
                        d.procedureName == null ? d.procedureCode : d.procedureName,
                        d.applicantName,
                        "ONLINE".equals(d.channel) ? "Trực tuyến" : "Trực tiếp",
                        at(d.receivedAt, zone),
                        at(d.dueAt, zone),
                        at(d.newAppointmentAt, zone),
                        name(d.holdingAgency, names),
                        step.map(t -> at(t.startedAt, zone) + ", " + name(t.toAgency, names))
                                .orElse(null),
                        at(d.resolvedAt, zone),
                        at(returned.get(d.code), zone),
                        d.status.label + (d.outcome == null ? "" : " (" + d.outcome.label.toLowerCase() + ")"));
            }
            return x.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each dossier's first hand-over to an agency other than the receiving one, read a thousand dossiers a query. */
    private static Map<String, DossierStep> firstHandOverElsewhere(List<TrackedDossier> dossiers) {
        Map<String, String> receiver = new HashMap<>();
        dossiers.stream().filter(d -> d.steps > 0).forEach(d -> receiver.put(d.code, d.agencyCode));
        List<String> codes = List.copyOf(receiver.keySet());
        Map<String, DossierStep> first = new HashMap<>();
        for (int i = 0; i < codes.size(); i += 1000) {
            List<DossierStep> steps = DossierStep.list(
                    "dossierCode in ?1 order by dossierCode, stepNo",
                    codes.subList(i, Math.min(codes.size(), i + 1000)));
            for (DossierStep s : steps) {
                if (!s.toAgency.equals(receiver.get(s.dossierCode))) {
                    first.putIfAbsent(s.dossierCode, s);
                }
            }
        }
        return first;
    }

    /** When each returned dossier's result was handed over: its history says (resolution ended its clock). */
    private static Map<String, Instant> returnedAt(List<TrackedDossier> dossiers) {
        List<String> codes = dossiers.stream()
                .filter(d -> d.status == TrackedStatus.RETURNED)
                .map(d -> d.code)
                .toList();
        Map<String, Instant> at = new HashMap<>();
        for (int i = 0; i < codes.size(); i += 1000) {
            HistoryEntry.<HistoryEntry>list(
                            "dossierCode in ?1 and type = ?2",
                            codes.subList(i, Math.min(codes.size(), i + 1000)),
                            Action.RETURN_RESULT.eventType())
                    .forEach(h -> at.merge(h.dossierCode, h.at, (a, b) -> a.isAfter(b) ? a : b));
        }
        return at;
    }

    private String name(String code, Map<String, String> names) {
        return names.computeIfAbsent(code, c -> agencies.name(c).orElse(c));
    }

    private static String at(Instant t, ZoneId zone) {
        return t == null ? null : AT.format(t.atZone(zone));
    }
}
