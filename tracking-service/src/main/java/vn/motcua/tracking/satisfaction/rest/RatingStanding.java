package vn.motcua.tracking.satisfaction.rest;

import java.util.Optional;
import vn.motcua.tracking.satisfaction.domain.RateableDossier;
import vn.motcua.tracking.satisfaction.service.Ratings;

/**
 * Whether a dossier can be rated now, with what the rating page shows: the code, the procedure and how the
 * dossier ended. Nothing about the officers who handled it or the applicant.
 */
public record RatingStanding(
        String dossierCode,
        String procedureName,
        RateableDossier.End end,
        String endLabel,
        boolean open,
        Optional<String> ratedLabel) {
    static RatingStanding of(Ratings.Standing s) {
        RateableDossier d = s.dossier();
        return new RatingStanding(
                d.code(),
                d.procedureName(),
                d.end(),
                d.end().label,
                d.end() != RateableDossier.End.NOT_YET && s.rating().isEmpty(),
                s.rating().map(r -> r.overall.label));
    }
}
