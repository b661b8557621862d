package vn.motcua.tracking.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.motcua.tracking.common.domain.FieldError;

/** RFC 9457 problem details, with the offending fields listed one by one and, for a conflict, what is allowed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type, String title, int status, String detail, List<FieldError> errors, List<String> allowedActions) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    public static Response badRequest(List<FieldError> errors) {
        return response(
                new Problem("about:blank", "Dữ liệu không hợp lệ", 400, "Một hoặc nhiều trường không hợp lệ.", errors));
    }

    /**
     * The body is serialised here: a mapper that runs while the request body is being read has no
     * negotiated writer yet, and an entity object would be dropped.
     */
    public static Response response(Problem problem) {
        try {
            return Response.status(problem.status())
                    .type(MEDIA_TYPE)
                    .entity(JSON.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
