package vn.motcua.intake.common.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.FieldError;

/**
 * Every refusal answers problem+json, never a 500: bad input a 400 naming the fields, and a rule's refusal
 * ({@link DomainException}) the status its kind means here, with Retry-After when it says when to try again.
 */
public class ProblemMappers {
    private static final String UNREADABLE = "không đọc được giá trị (JSON không hợp lệ)";

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return Problem.badRequest(e.getConstraintViolations().stream()
                .map(v -> new FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        Response answer = Problem.response(new Problem(
                "about:blank",
                e.title(),
                status(e.kind()),
                e.detail(),
                e.errors(),
                e.allowedActions().isEmpty() ? null : e.allowedActions()));
        return e.retryAfterSeconds().isEmpty()
                ? answer
                : Response.fromResponse(answer)
                        .header("Retry-After", e.retryAfterSeconds().getAsLong())
                        .build();
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNPROCESSABLE -> 422;
            case TOO_MANY -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    /**
     * Framework errors (404, 405, 415, a body that could not be read) arrive as WebApplicationExceptions;
     * all of them answer problem+json, keeping headers such as Allow.
     */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return unreadable(json);
            }
        }
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getStatusCode() == 400) {
            return Problem.badRequest(List.of(new FieldError("body", UNREADABLE)));
        }
        Response.ResponseBuilder problem = Response.fromResponse(Problem.response(new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), status.getReasonPhrase(), List.of())));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        return problem.build();
    }

    // Quarkus maps these two exact types itself; the application's mappers take precedence.
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof MismatchedInputException m && !m.getPath().isEmpty()
                ? m.getPath().stream()
                        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining())
                        .substring(1)
                : "body";
        return Problem.badRequest(List.of(new FieldError(field, UNREADABLE)));
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
