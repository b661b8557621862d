package vn.motcua.notification.delivery.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.notification.delivery.domain.Delivery;
import vn.motcua.notification.security.ApplicantIdHash;

/** What was sent about a dossier: officers of its agency and ops see all of it, a citizen their own. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final ApplicantIdHash idHash;

    public NotificationResource(SecurityIdentity identity, JsonWebToken token, ApplicantIdHash idHash) {
        this.idHash = idHash;
        this.identity = identity;
        this.token = token;
    }

    public record DeliveryView(
            String dossierCode,
            Delivery.Channel channel,
            String template,
            String recipient,
            Delivery.Status status,
            int attempts,
            Instant createdAt,
            Optional<Instant> sentAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(
                    d.dossierCode,
                    d.channel,
                    d.template,
                    d.recipientMasked,
                    d.status,
                    d.attempts,
                    d.createdAt,
                    Optional.ofNullable(d.sentAt));
        }
    }

    @GET
    @RolesAllowed({"officer", "supervisor", "ops", "citizen"})
    @APIResponse(
            responseCode = "200",
            description = "Các thông báo đã lập cho hồ sơ: kênh, trạng thái, thời điểm (địa chỉ đã che)")
    @APIResponse(responseCode = "400", description = "Thiếu mã hồ sơ")
    @Operation(summary = "Delivery log of one dossier")
    public List<DeliveryView> forDossier(@QueryParam("dossierCode") @NotBlank @Size(max = 64) String dossierCode) {
        return Delivery.forDossier(dossierCode).stream()
                .filter(visibleToCaller())
                .map(DeliveryView::of)
                .toList();
    }

    private Predicate<Delivery> visibleToCaller() {
        if (identity.hasRole("ops")) {
            return d -> true;
        }
        Optional<String> agency = Optional.ofNullable(token.<String>getClaim("agency"));
        // An applicant's account: a citizen's ID number, or a business's or organisation's tax code.
        Optional<String> applicantId = Optional.ofNullable(token.<String>getClaim("citizen_id"))
                .or(() -> Optional.ofNullable(token.<String>getClaim("tax_code")))
                .filter(id -> identity.hasRole("citizen"));
        return d -> (agency.isPresent() && agency.get().equals(d.agencyCode))
                || applicantId
                        .filter(id -> idHash.matches(id, d.applicantIdHash))
                        .isPresent();
    }
}
