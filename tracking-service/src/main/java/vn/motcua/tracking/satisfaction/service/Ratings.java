package vn.motcua.tracking.satisfaction.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;
import vn.motcua.tracking.lifecycle.domain.TrackedStatus;
import vn.motcua.tracking.satisfaction.domain.RatingComment;
import vn.motcua.tracking.satisfaction.domain.SatisfactionCriterion;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;

/**
 * Records a citizen's rating of a dossier's handling: only once its result was returned, only once, under the
 * dossier's row lock so that two tabs cannot both rate. The rating is its own record; the dossier is not changed.
 */
@ApplicationScoped
public class Ratings {
    /** What the citizen chose: the overall level, any of the nine criteria, an optional comment. */
    public record Rating(
            SatisfactionLevel overall,
            Map<SatisfactionCriterion, SatisfactionLevel> criteria,
            Optional<String> comment) {}

    private final MeterRegistry registry;

    public Ratings(MeterRegistry registry) {
        this.registry = registry;
    }

    @Transactional
    public SatisfactionRating rate(String code, Rating rating, String source, Instant at) {
        TrackedDossier d = TrackedDossier.lockedByCode(code)
                .orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + "."));
        if (d.status != TrackedStatus.RETURNED) {
            throw DomainException.conflict(
                    "Hồ sơ " + code + " chưa trả kết quả: việc đánh giá mở sau khi nhận kết quả.");
        }
        if (SatisfactionRating.findById(code) != null) {
            throw DomainException.conflict("Hồ sơ " + code + " đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.");
        }
        Optional<String> comment;
        try {
            comment = rating.comment().flatMap(RatingComment::of);
        } catch (IllegalArgumentException tooLong) {
            throw DomainException.invalid("comment", "ý kiến tối đa " + RatingComment.MAX_LENGTH + " ký tự");
        }
        SatisfactionRating r = new SatisfactionRating();
        r.dossierCode = d.code;
        r.agencyCode = d.agencyCode;
        r.procedureCode = d.procedureCode;
        r.source = source;
        r.overall = rating.overall();
        r.criteria = new EnumMap<>(SatisfactionCriterion.class);
        r.criteria.putAll(rating.criteria());
        r.comment = comment.orElse(null);
        r.ratedAt = at;
        r.persist();
        registry.counter("tracking_satisfaction_ratings_total", "agency", d.agencyCode, "overall", r.overall.name())
                .increment();
        return r;
    }
}
