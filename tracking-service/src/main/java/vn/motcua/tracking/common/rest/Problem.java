package vn.motcua.tracking.common.rest;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** RFC 9457 problem details, with the offending fields listed one by one. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Response badRequest(List<FieldError> errors) {
        return response(new Problem("about:blank", "Dữ liệu không hợp lệ", 400,
                "Một hoặc nhiều trường không hợp lệ.", errors));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
