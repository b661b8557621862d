package vn.motcua.notification.config;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Bad input answers RFC 9457 problem+json that names each offending field. */
public class ProblemMappers {

    public record FieldError(String field, String message) {
    }

    public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
        Problem problem = new Problem("about:blank", "Dữ liệu không hợp lệ", 400,
                "Một hoặc nhiều trường không hợp lệ.", errors);
        return Response.status(400).type("application/problem+json").entity(problem).build();
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
