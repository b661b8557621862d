package vn.motcua.intake.common.rest;

import java.util.List;
import java.util.OptionalLong;

/** An error the API answers as problem+json: bad fields (400), forbidden (403), not found (404), conflict (409/422). */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private long retryAfterSeconds = -1;

    public ApiException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** A refusal that says when to try again (429, 503): the answer carries Retry-After. */
    public ApiException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds < 0 ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        return new ApiException(400, "Dữ liệu không hợp lệ", "Một hoặc nhiều trường không hợp lệ.", errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Không có quyền", detail, List.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Không tìm thấy", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Xung đột trạng thái", detail, List.of());
    }

    public Problem problem() {
        return new Problem("about:blank", title, status, getMessage(), errors);
    }
}
