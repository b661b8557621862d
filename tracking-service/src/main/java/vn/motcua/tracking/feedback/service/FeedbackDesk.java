package vn.motcua.tracking.feedback.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.motcua.tracking.agency.service.AgencyRegistry;
import vn.motcua.tracking.calendar.domain.ProcessingTime;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.CitizenText;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.persistence.CommittedCounters;
import vn.motcua.tracking.feedback.config.FeedbackSettings;
import vn.motcua.tracking.feedback.domain.Feedback;
import vn.motcua.tracking.feedback.domain.FeedbackCode;
import vn.motcua.tracking.feedback.domain.FeedbackVerdict;
import vn.motcua.tracking.feedback.service.FeedbackFigures.Figure;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.satisfaction.domain.RefusedDossier;

/**
 * Feedback from filing to the citizen's verdict: the due date in working days of the platform's calendar, one
 * answer, one verdict, each under the feedback's row lock, with the monthly figures in the same transaction.
 */
@ApplicationScoped
public class FeedbackDesk {
    public static final int CONTENT_LENGTH = 2000;

    /** What a citizen files: the agency, perhaps a dossier, a name and at least one contact, the text. */
    public record Filing(
            String agencyCode,
            Optional<String> dossierCode,
            String name,
            Optional<String> email,
            Optional<String> phone,
            String content) {}

    private final AgencyRegistry agencies;
    private final CalendarService calendar;
    private final FeedbackSettings settings;
    private final FeedbackFigures figures;
    private final CommittedCounters counters;

    public FeedbackDesk(
            AgencyRegistry agencies,
            CalendarService calendar,
            FeedbackSettings settings,
            FeedbackFigures figures,
            CommittedCounters counters) {
        this.agencies = agencies;
        this.calendar = calendar;
        this.settings = settings;
        this.figures = figures;
        this.counters = counters;
    }

    @Transactional
    public Feedback file(Filing f, Instant now) {
        if (agencies.active(f.agencyCode()).isEmpty()) {
            throw DomainException.invalid("agencyCode", "không có cơ quan này, hoặc cơ quan đã ngừng hoạt động");
        }
        f.dossierCode().ifPresent(code -> {
            if (!handledBy(code, f.agencyCode())) {
                throw DomainException.invalid("dossierCode", "cơ quan đã chọn không có hồ sơ mã này");
            }
        });
        Feedback fb = new Feedback();
        fb.code = FeedbackCode.next(now.atZone(calendar.settings().zone()).toLocalDate());
        fb.agencyCode = f.agencyCode();
        fb.dossierCode = f.dossierCode().orElse(null);
        fb.contactName = f.name().strip();
        fb.contactEmail = f.email().map(String::strip).orElse(null);
        fb.contactPhone = f.phone().map(String::strip).orElse(null);
        fb.content = CitizenText.of(f.content(), CONTENT_LENGTH)
                .orElseThrow(() -> DomainException.invalid("content", "cần nội dung phản ánh, kiến nghị"));
        fb.filedAt = now;
        fb.dueAt = calendar.calculator()
                .dueAt(now.atZone(calendar.settings().zone()), ProcessingTime.days(settings.answerWorkingDays()))
                .toInstant();
        fb.persist();
        figures.add(now, fb.agencyCode, Figure.FILED);
        if (fb.dossierCode != null) {
            figures.add(now, fb.agencyCode, Figure.ABOUT_DOSSIER);
        }
        counters.increment("tracking_feedback_filed_total", "agency", fb.agencyCode);
        return fb;
    }

    @Transactional
    public Feedback answer(String code, String answer, String by, Predicate<Feedback> mayAnswer, Instant now) {
        Feedback fb = Feedback.locked(code)
                .filter(mayAnswer)
                .orElseThrow(() -> DomainException.notFound("Không tìm thấy phản ánh, kiến nghị " + code + "."));
        if (fb.answeredAt != null) {
            throw DomainException.conflict("Phản ánh, kiến nghị " + code + " đã được trả lời.");
        }
        fb.answer = answer.strip();
        fb.answeredAt = now;
        fb.answeredBy = by;
        boolean late = now.isAfter(fb.dueAt);
        figures.add(now, fb.agencyCode, late ? Figure.ANSWERED_LATE : Figure.ANSWERED_ON_TIME);
        counters.increment("tracking_feedback_answered_total", "agency", fb.agencyCode, "late", Boolean.toString(late));
        return fb;
    }

    /** The citizen's verdict on the answer, once; the contact they gave is their key. */
    @Transactional
    public Feedback verdict(String code, String contact, FeedbackVerdict verdict, Instant now) {
        Feedback fb = Feedback.locked(code).filter(x -> x.contactIs(contact)).orElseThrow(() -> notFound(code));
        if (fb.answeredAt == null) {
            throw DomainException.conflict("Phản ánh, kiến nghị " + code + " chưa được trả lời.");
        }
        if (fb.verdict != null) {
            throw DomainException.conflict("Ông/Bà đã cho biết ý kiến về câu trả lời này.");
        }
        fb.verdict = verdict;
        fb.verdictAt = now;
        figures.add(now, fb.agencyCode, verdict == FeedbackVerdict.SATISFIED ? Figure.SATISFIED : Figure.DISSATISFIED);
        return fb;
    }

    /** A page of the desk's list. */
    public record DeskPage(List<Feedback> items, long total) {}

    @Transactional
    public DeskPage desk(Optional<String> agency, boolean unansweredOnly, int page, int size) {
        var query = Feedback.desk(agency, unansweredOnly);
        return new DeskPage(query.page(Page.of(page, size)).list(), query.count());
    }

    @Transactional
    public Feedback forContact(String code, String contact) {
        return Feedback.<Feedback>findByIdOptional(code)
                .filter(x -> x.contactIs(contact))
                .orElseThrow(() -> notFound(code));
    }

    private static DomainException notFound(String code) {
        // The same answer for an unknown code and a wrong contact.
        return DomainException.notFound(
                "Không tìm thấy phản ánh, kiến nghị khớp mã " + code + " và thông tin liên hệ.");
    }

    private static boolean handledBy(String dossierCode, String agency) {
        return TrackedDossier.byCode(dossierCode)
                        .filter(d -> agency.equals(d.agencyCode) || agency.equals(d.holdingAgency))
                        .isPresent()
                || RefusedDossier.<RefusedDossier>findByIdOptional(dossierCode)
                        .filter(d -> agency.equals(d.agencyCode))
                        .isPresent();
    }
}
