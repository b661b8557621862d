package vn.motcua.tracking.satisfaction.rest;

import java.time.Instant;
import java.util.Map;
import vn.motcua.tracking.satisfaction.domain.SatisfactionCriterion;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;

/** A rating as the citizen who gave it sees it: no comment echoed back (supervisors read comments). */
public record RatingView(
        String dossierCode,
        SatisfactionLevel overall,
        String overallLabel,
        Map<SatisfactionCriterion, SatisfactionLevel> criteria,
        Instant ratedAt) {
    static RatingView of(SatisfactionRating r) {
        return new RatingView(r.dossierCode, r.overall, r.overall.label, r.criteria, r.ratedAt);
    }
}
