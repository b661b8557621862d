package vn.motcua.intake.dossier.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.rest.LookupRateLimiter;
import vn.motcua.intake.dossier.domain.ApplicantRules;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.service.DossierProgress;
import vn.motcua.intake.security.ApplicantIdHash;

/**
 * Public lookup by code and ID number, in the body (never in a URL): status and dates only. A received dossier's
 * status and appointment are tracking's (processing, supplements, the result): intake's own stop at RECEIVED.
 */
@Path("/api/lookup")
@Produces(MediaType.APPLICATION_JSON)
public class LookupResource {
    private final LookupRateLimiter limiter;
    private final ApplicantIdHash idHash;
    private final DossierProgress progress;

    public LookupResource(LookupRateLimiter limiter, ApplicantIdHash idHash, DossierProgress progress) {
        this.limiter = limiter;
        this.idHash = idHash;
        this.progress = progress;
    }

    public record LookupRequest(
            @NotBlank(message = "cần mã hồ sơ") @Size(max = 64)
            String code,

            @NotBlank(message = "cần số định danh hoặc mã số thuế") @Size(max = 16)
            String idNumber) {}

    /**
     * {@code status}: intake's (NEW, RECEIVED, NOT_ACCEPTED) or, once tracking has it, tracking's;
     * {@code progressUnavailable}: tracking did not answer for a received dossier, so its status and appointment are
     * those of its receipt and may have moved since.
     */
    public record LookupResult(
            String code,
            String status,
            String statusLabel,
            int nationalStatus,
            OffsetDateTime submittedAt,
            OffsetDateTime receivedAt,
            OffsetDateTime appointmentAt,
            boolean progressUnavailable) {}

    @PermitAll
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Trạng thái và các mốc ngày của hồ sơ")
    @APIResponse(responseCode = "400", description = "Thiếu mã hồ sơ hoặc số định danh")
    @APIResponse(responseCode = "404", description = "Không có hồ sơ khớp mã và số định danh")
    @APIResponse(responseCode = "429", description = "Quá nhiều lượt tra cứu: thử lại sau số giây trong Retry-After")
    @Operation(summary = "Tra cứu hồ sơ: status and dates for a code and its applicant's ID number (rate-limited)")
    public LookupResult lookup(@Valid @NotNull LookupRequest request, @Context HttpServerRequest http) {
        // remoteAddress() is the forwarded client when a trusted proxy sent the request (quarkus.http.proxy.*).
        limiter.admit(http.remoteAddress().hostAddress(), request.code().strip());
        // The same answer for an unknown code and a wrong ID number: the lookup reveals nothing else.
        Dossier d = Dossier.byCode(request.code().strip())
                .filter(x -> idHash.matches(ApplicantRules.lookupId(request.idNumber()), x.applicantIdHash))
                .orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ khớp mã hồ sơ và số định danh."));
        if (d.status != Dossier.Status.RECEIVED) {
            return own(d, false); // NEW and NOT_ACCEPTED are intake's to say
        }
        DossierProgress.Answer answer = progress.ask(d.code);
        return answer.progress()
                .map(p -> new LookupResult(
                        d.code,
                        p.status(),
                        p.statusLabel(),
                        p.nationalStatus(),
                        DossierView.local(d.submittedAt),
                        DossierView.local(d.receivedAt),
                        DossierView.local(Optional.ofNullable(p.appointmentAt())
                                .map(OffsetDateTime::toInstant)
                                .orElse(d.appointmentAt)),
                        false))
                .orElseGet(() -> own(d, answer.unavailable()));
    }

    /** What intake knows of the dossier: all there is before its receipt, and as of its receipt after. */
    private static LookupResult own(Dossier d, boolean progressUnavailable) {
        return new LookupResult(
                d.code,
                d.status.name(),
                d.status.label,
                d.status.nationalCode,
                DossierView.local(d.submittedAt),
                DossierView.local(d.receivedAt),
                DossierView.local(d.appointmentAt),
                progressUnavailable);
    }
}
