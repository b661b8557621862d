package vn.motcua.tracking.satisfaction.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.satisfaction.domain.SatisfactionCriterion;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;
import vn.motcua.tracking.satisfaction.service.Ratings;
import vn.motcua.tracking.security.Caller;

/** A citizen rates the handling of their dossier once its result is returned (the scale: SatisfactionScaleResource). */
@Path("/api/dossiers/{code}/rating")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {
    private final Ratings ratings;
    private final Caller caller;
    private final Clock clock;

    public RatingResource(Ratings ratings, Caller caller, Clock clock) {
        this.ratings = ratings;
        this.caller = caller;
        this.clock = clock;
    }

    public record RatingRequest(
            @NotNull(message = "cần mức đánh giá chung") SatisfactionLevel overall,
            Map<SatisfactionCriterion, @NotNull SatisfactionLevel> criteria,

            @Size(max = 1000, message = "ý kiến tối đa 1000 ký tự")
            String comment) {}

    public record RatingView(
            String dossierCode,
            SatisfactionLevel overall,
            String overallLabel,
            Map<SatisfactionCriterion, SatisfactionLevel> criteria,
            java.time.Instant ratedAt) {
        static RatingView of(SatisfactionRating r) {
            return new RatingView(r.dossierCode, r.overall, r.overall.label, r.criteria, r.ratedAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @APIResponse(
            responseCode = "201",
            description = "Đã ghi nhận đánh giá",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "Thiếu mức đánh giá chung, hoặc ý kiến quá dài")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này, hoặc người hỏi không phải người nộp")
    @APIResponse(responseCode = "409", description = "Hồ sơ chưa trả kết quả, hoặc đã được đánh giá")
    @Operation(summary = "The applicant rates the handling of their dossier, once, after its result is returned")
    public Response rate(@PathParam("code") @Size(max = 64) String code, @Valid @NotNull RatingRequest request) {
        caller.visible(code); // a citizen sees only their own dossiers: anyone else's code answers 404
        SatisfactionRating r = ratings.rate(
                code,
                new Ratings.Rating(
                        request.overall(),
                        request.criteria() == null ? Map.of() : request.criteria(),
                        Optional.ofNullable(request.comment())),
                SatisfactionRating.ONLINE,
                clock.instant());
        return Response.status(201).entity(RatingView.of(r)).build();
    }

    @GET
    @RolesAllowed("citizen")
    @APIResponse(responseCode = "200", description = "Đánh giá của người nộp cho hồ sơ")
    @APIResponse(responseCode = "404", description = "Hồ sơ chưa được đánh giá, hoặc không phải của người hỏi")
    @Operation(summary = "The applicant's own rating of their dossier, if they gave one")
    public RatingView rating(@PathParam("code") @Size(max = 64) String code) {
        caller.visible(code);
        return SatisfactionRating.<SatisfactionRating>findByIdOptional(code)
                .map(RatingView::of)
                .orElseThrow(() -> DomainException.notFound("Hồ sơ " + code + " chưa được đánh giá."));
    }
}
