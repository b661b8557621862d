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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.satisfaction.domain.RatingSource;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;
import vn.motcua.tracking.satisfaction.service.Ratings;
import vn.motcua.tracking.security.Caller;

/**
 * The applicant rates their dossier once it is returned or refused; at the counter, an officer of the receiving
 * agency opens the same form full-screen for the citizen in front of them. Public channels: PublicRatingResource.
 */
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
    @Operation(summary = "The applicant rates the handling of their dossier, once, after its result or refusal")
    public Response rate(@PathParam("code") @Size(max = 64) String code, @Valid @NotNull RatingRequest request) {
        SatisfactionRating r = ratings.rate(
                code,
                d -> caller.isApplicant(d.applicantIdHash()),
                RatingSource.ONLINE,
                request.rating(),
                clock.instant());
        return Response.status(201).entity(RatingView.of(r)).build();
    }

    @GET
    @RolesAllowed("citizen")
    @APIResponse(responseCode = "200", description = "Đánh giá của người nộp cho hồ sơ")
    @APIResponse(responseCode = "404", description = "Hồ sơ chưa được đánh giá, hoặc không phải của người hỏi")
    @Operation(summary = "The applicant's own rating of their dossier, if they gave one")
    public RatingView rating(@PathParam("code") @Size(max = 64) String code) {
        return ratings.standing(code, d -> caller.isApplicant(d.applicantIdHash()))
                .rating()
                .map(RatingView::of)
                .orElseThrow(() -> DomainException.notFound("Hồ sơ " + code + " chưa được đánh giá."));
    }

    @GET
    @Path("at-counter")
    @RolesAllowed({"officer", "supervisor"})
    @APIResponse(responseCode = "200", description = "Hồ sơ có thể đánh giá tại quầy hay không")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này ở cơ quan của cán bộ")
    @Operation(summary = "Whether the citizen at the counter can rate this dossier of the officer's agency now")
    public RatingStanding atCounter(@PathParam("code") @Size(max = 64) String code) {
        return RatingStanding.of(ratings.standing(code, d -> caller.worksAt(d.agencyCode())));
    }

    @POST
    @Path("at-counter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"officer", "supervisor"})
    @APIResponse(
            responseCode = "201",
            description = "Đã ghi nhận đánh giá của người dân tại quầy",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "Thiếu mức đánh giá chung, hoặc ý kiến quá dài")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ này ở cơ quan của cán bộ")
    @APIResponse(responseCode = "409", description = "Hồ sơ chưa trả kết quả, hoặc đã được đánh giá")
    @Operation(summary = "The citizen at the counter rates the dossier on the view the officer opened for them")
    public Response rateAtCounter(
            @PathParam("code") @Size(max = 64) String code, @Valid @NotNull RatingRequest request) {
        SatisfactionRating r = ratings.rate(
                code, d -> caller.worksAt(d.agencyCode()), RatingSource.COUNTER, request.rating(), clock.instant());
        return Response.status(201).entity(RatingView.of(r)).build();
    }
}
