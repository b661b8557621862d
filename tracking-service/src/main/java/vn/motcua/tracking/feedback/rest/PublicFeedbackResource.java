package vn.motcua.tracking.feedback.rest;

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
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.common.rest.LookupRateLimiter;
import vn.motcua.tracking.feedback.domain.FeedbackCode;
import vn.motcua.tracking.feedback.domain.FeedbackVerdict;
import vn.motcua.tracking.feedback.service.FeedbackDesk;

/**
 * The author follows their feedback with its code and the email or phone number they gave (in the body, never in
 * a URL): the answer, then their verdict on it. Rate-limited like the public lookup.
 */
@Path("/api/public/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicFeedbackResource {
    public record Pass(
            @NotBlank(message = "cần mã phản ánh") @Size(max = 32)
            String code,

            @NotBlank(message = "cần thư điện tử hoặc số điện thoại đã khai") @Size(max = 254)
            String contact) {}

    public record VerdictRequest(
            @NotBlank(message = "cần mã phản ánh") @Size(max = 32)
            String code,

            @NotBlank(message = "cần thư điện tử hoặc số điện thoại đã khai") @Size(max = 254)
            String contact,

            @NotNull(message = "cần cho biết hài lòng hay không")
            FeedbackVerdict verdict) {}

    private final FeedbackDesk desk;
    private final LookupRateLimiter limiter;
    private final Clock clock;

    public PublicFeedbackResource(FeedbackDesk desk, LookupRateLimiter limiter, Clock clock) {
        this.desk = desk;
        this.limiter = limiter;
        this.clock = clock;
    }

    @POST
    @Path("status")
    @PermitAll
    @APIResponse(responseCode = "200", description = "Nội dung, hạn trả lời, câu trả lời nếu đã có")
    @APIResponse(responseCode = "400", description = "Thiếu mã phản ánh hoặc thông tin liên hệ")
    @APIResponse(responseCode = "404", description = "Không có phản ánh khớp mã và thông tin liên hệ")
    @APIResponse(responseCode = "429", description = "Quá nhiều lượt: thử lại sau số giây trong Retry-After")
    @Operation(summary = "A feedback's state and answer, for its code and the contact its author gave")
    public FeedbackView status(@Valid @NotNull Pass pass, @Context HttpServerRequest http) {
        String code = checked(pass.code(), http);
        return FeedbackView.of(desk.forContact(code, pass.contact()), clock.instant());
    }

    @POST
    @Path("verdict")
    @PermitAll
    @APIResponse(responseCode = "200", description = "Đã ghi nhận ý kiến về câu trả lời")
    @APIResponse(responseCode = "400", description = "Thiếu mã, thông tin liên hệ hoặc ý kiến")
    @APIResponse(responseCode = "404", description = "Không có phản ánh khớp mã và thông tin liên hệ")
    @APIResponse(responseCode = "409", description = "Chưa có câu trả lời, hoặc đã cho ý kiến")
    @APIResponse(responseCode = "429", description = "Quá nhiều lượt: thử lại sau số giây trong Retry-After")
    @Operation(summary = "The author says whether the agency's answer satisfied them, once")
    public FeedbackView verdict(@Valid @NotNull VerdictRequest request, @Context HttpServerRequest http) {
        String code = checked(request.code(), http);
        Instant now = clock.instant();
        return FeedbackView.of(desk.verdict(code, request.contact(), request.verdict(), now), now);
    }

    private String checked(String typed, HttpServerRequest http) {
        if (!FeedbackCode.valid(typed)) {
            throw DomainException.invalid("code", "mã phản ánh có dạng PA261202-7K3QX9");
        }
        String code = FeedbackCode.normal(typed);
        limiter.admit(http.remoteAddress().hostAddress(), code);
        return code;
    }
}
