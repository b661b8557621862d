package vn.motcua.tracking.satisfaction.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import vn.motcua.tracking.satisfaction.domain.SatisfactionCriterion;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.service.Ratings;

/** The rating form: the overall level, any of the criteria, an optional comment. */
public record RatingRequest(
        @NotNull(message = "cần mức đánh giá chung") SatisfactionLevel overall,
        Map<SatisfactionCriterion, @NotNull SatisfactionLevel> criteria,

        @Size(max = 1000, message = "ý kiến tối đa 1000 ký tự")
        String comment) {

    Ratings.Rating rating() {
        return new Ratings.Rating(overall, criteria == null ? Map.of() : criteria, Optional.ofNullable(comment));
    }
}
