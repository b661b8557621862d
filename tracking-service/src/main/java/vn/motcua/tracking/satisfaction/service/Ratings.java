package vn.motcua.tracking.satisfaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.common.domain.CitizenText;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.persistence.CommittedCounters;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.satisfaction.domain.RateableDossier;
import vn.motcua.tracking.satisfaction.domain.RateableDossier.End;
import vn.motcua.tracking.satisfaction.domain.RatingSource;
import vn.motcua.tracking.satisfaction.domain.RefusedDossier;
import vn.motcua.tracking.satisfaction.domain.SatisfactionCriterion;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;
import vn.motcua.tracking.statistics.service.DailyStatistics;
import vn.motcua.tracking.statistics.service.DailyStatistics.Count;

/**
 * Records a citizen's rating of a dossier's handling: only once its result was returned or it was refused, only
 * once, under the dossier's row lock so that two tabs cannot both rate. The rating is its own record; the dossier
 * is not changed. Who may rate is the caller's rule ({@code mayRate}); a refusal answers as an unknown code.
 */
@ApplicationScoped
public class Ratings {
    /** What the citizen chose: the overall level, any of the nine criteria, an optional comment. */
    public record Rating(
            SatisfactionLevel overall,
            Map<SatisfactionCriterion, SatisfactionLevel> criteria,
            Optional<String> comment) {}

    /** A dossier the caller may rate, and its rating if it has one. */
    public record Standing(RateableDossier dossier, Optional<SatisfactionRating> rating) {}

    public static final int COMMENT_LENGTH = 1000;
    private final DailyStatistics statistics;
    private final CalendarService calendar;
    private final CommittedCounters counters;

    public Ratings(DailyStatistics statistics, CalendarService calendar, CommittedCounters counters) {
        this.statistics = statistics;
        this.calendar = calendar;
        this.counters = counters;
    }

    @Transactional
    public Standing standing(String code, Predicate<RateableDossier> mayRate) {
        RateableDossier d = find(code, false, mayRate);
        return new Standing(d, SatisfactionRating.<SatisfactionRating>findByIdOptional(d.code()));
    }

    @Transactional
    public SatisfactionRating rate(
            String code, Predicate<RateableDossier> mayRate, RatingSource source, Rating rating, Instant at) {
        RateableDossier d = find(code, true, mayRate);
        if (d.end() == End.NOT_YET) {
            throw DomainException.conflict(
                    "Hồ sơ " + code + " chưa trả kết quả: việc đánh giá mở sau khi nhận kết quả.");
        }
        if (SatisfactionRating.findById(code) != null) {
            throw DomainException.conflict("Hồ sơ " + code + " đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.");
        }
        Optional<String> comment;
        try {
            comment = rating.comment().flatMap(c -> CitizenText.of(c, COMMENT_LENGTH));
        } catch (IllegalArgumentException tooLong) {
            throw DomainException.invalid("comment", "ý kiến tối đa " + COMMENT_LENGTH + " ký tự");
        }
        SatisfactionRating r = new SatisfactionRating();
        r.dossierCode = d.code();
        r.agencyCode = d.agencyCode();
        r.procedureCode = d.procedureCode();
        r.source = source;
        r.dossierEnd = d.end();
        r.overall = rating.overall();
        r.criteria = new EnumMap<>(SatisfactionCriterion.class);
        r.criteria.putAll(rating.criteria());
        r.comment = comment.orElse(null);
        r.ratedAt = at;
        r.persist();
        statistics.add(
                at.atZone(calendar.settings().zone()).toLocalDate(),
                d.agencyCode(),
                d.procedureCode(),
                switch (r.overall) {
                    case VERY_SATISFIED -> Count.RATED_VERY_SATISFIED;
                    case SATISFIED -> Count.RATED_SATISFIED;
                    case DISSATISFIED -> Count.RATED_DISSATISFIED;
                },
                1);
        counters.increment(
                "tracking_satisfaction_ratings_total",
                "agency",
                d.agencyCode(),
                "overall",
                r.overall.name(),
                "source",
                source.name());
        return r;
    }

    private static RateableDossier find(String code, boolean lock, Predicate<RateableDossier> mayRate) {
        Optional<RateableDossier> found = (lock ? TrackedDossier.lockedByCode(code) : TrackedDossier.byCode(code))
                .map(Ratings::rateable)
                .or(() -> (lock
                                ? RefusedDossier.lockedByCode(code)
                                : RefusedDossier.<RefusedDossier>findByIdOptional(code))
                        .map(Ratings::rateable));
        return found.filter(mayRate).orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + "."));
    }

    private static RateableDossier rateable(TrackedDossier t) {
        End end = t.status == TrackedStatus.RETURNED ? End.RETURNED : End.NOT_YET;
        return new RateableDossier(t.code, t.agencyCode, t.procedureCode, t.procedureName, t.applicantIdHash, end);
    }

    private static RateableDossier rateable(RefusedDossier r) {
        return new RateableDossier(
                r.code, r.agencyCode, r.procedureCode, r.procedureName, r.applicantIdHash, End.NOT_ACCEPTED);
    }
}
