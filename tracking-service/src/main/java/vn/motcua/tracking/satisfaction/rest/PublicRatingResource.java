package vn.motcua.tracking.satisfaction.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.domain.FieldError;
import vn.motcua.tracking.common.rest.LookupRateLimiter;
import vn.motcua.tracking.satisfaction.domain.RateableDossier;
import vn.motcua.tracking.satisfaction.domain.RatingSource;
import vn.motcua.tracking.satisfaction.service.Ratings;
import vn.motcua.tracking.security.ApplicantIdHash;
import vn.motcua.tracking.security.RatingLinks;

/**
 * Rating without signing in: from the link in the RETURNED or NOT_ACCEPTED message, or from the public lookup
 * with the code and ID number. Rate-limited like the lookup; a wrong pass answers as an unknown dossier.
 */
@Path("/api/public/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicRatingResource {
    private record Access(String code, Predicate<RateableDossier> mayRate, RatingSource source) {}

    private final Ratings ratings;
    private final LookupRateLimiter limiter;
    private final ApplicantIdHash idHash;
    private final RatingLinks links;
    private final Clock clock;

    public PublicRatingResource(Ratings ratings, LookupRateLimiter limiter, ApplicantIdHash idHash, Clock clock) {
        this.ratings = ratings;
        this.limiter = limiter;
        this.idHash = idHash;
        this.links = RatingLinks.of(idHash);
        this.clock = clock;
    }

    @POST
    @Path("standing")
    @PermitAll
    @APIResponse(responseCode = "200", description = "Hồ sơ có thể đánh giá hay không, và đã được đánh giá chưa")
    @APIResponse(responseCode = "400", description = "Thiếu liên kết, hoặc mã hồ sơ và số định danh")
    @APIResponse(responseCode = "404", description = "Liên kết không hợp lệ hoặc hết hạn, hoặc mã và số không khớp")
    @APIResponse(responseCode = "429", description = "Quá nhiều lượt: thử lại sau số giây trong Retry-After")
    @Operation(summary = "Whether the dossier of a link, or of a code and ID number, can be rated now")
    public RatingStanding standing(@Valid @NotNull RatingPass pass, @Context HttpServerRequest http) {
        Access access = access(pass, http);
        return RatingStanding.of(ratings.standing(access.code(), access.mayRate()));
    }

    @POST
    @PermitAll
    @APIResponse(
            responseCode = "201",
            description = "Đã ghi nhận đánh giá",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "Thiếu mức đánh giá chung, ý kiến quá dài, hoặc thiếu liên kết")
    @APIResponse(responseCode = "404", description = "Liên kết không hợp lệ hoặc hết hạn, hoặc mã và số không khớp")
    @APIResponse(responseCode = "409", description = "Hồ sơ chưa trả kết quả, hoặc đã được đánh giá")
    @APIResponse(responseCode = "429", description = "Quá nhiều lượt: thử lại sau số giây trong Retry-After")
    @Operation(summary = "Rate a dossier without signing in: with the message's link, or the code and ID number")
    public Response rate(@Valid @NotNull PublicRatingRequest request, @Context HttpServerRequest http) {
        Access access = access(request.pass(), http);
        var r = ratings.rate(
                access.code(),
                access.mayRate(),
                access.source(),
                request.rating().rating(),
                clock.instant());
        return Response.status(201).entity(RatingView.of(r)).build();
    }

    private Access access(RatingPass pass, HttpServerRequest http) {
        Access access;
        if (present(pass.token())) {
            String code = links.open(pass.token(), clock.instant())
                    .orElseThrow(() -> DomainException.notFound(
                            "Liên kết đánh giá không hợp lệ hoặc đã hết hạn; bạn vẫn có thể đánh giá"
                                    + " qua tra cứu hồ sơ."))
                    .dossierCode();
            access = new Access(code, d -> true, RatingSource.LINK);
        } else if (present(pass.code()) && present(pass.idNumber())) {
            String idNumber = pass.idNumber();
            access = new Access(
                    pass.code().strip(), d -> idHash.matches(idNumber, d.applicantIdHash()), RatingSource.LOOKUP);
        } else {
            throw DomainException.invalid(List.of(
                    new FieldError("pass.code", "cần mã hồ sơ (hoặc liên kết đánh giá)"),
                    new FieldError("pass.idNumber", "cần số định danh (hoặc liên kết đánh giá)")));
        }
        // remoteAddress() is the forwarded client when a trusted proxy sent the request (quarkus.http.proxy.*).
        limiter.admit(http.remoteAddress().hostAddress(), access.code());
        return access;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
