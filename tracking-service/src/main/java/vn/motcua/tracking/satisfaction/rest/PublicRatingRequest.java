package vn.motcua.tracking.satisfaction.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A rating given without signing in: the pass that shows the dossier is the citizen's, and the rating. */
public record PublicRatingRequest(
        @Valid @NotNull(message = "cần liên kết đánh giá, hoặc mã hồ sơ và số định danh")
        RatingPass pass,

        @Valid @NotNull(message = "cần nội dung đánh giá") RatingRequest rating) {}
