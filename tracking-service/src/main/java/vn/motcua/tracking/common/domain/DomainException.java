package vn.motcua.tracking.common.domain;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * A rule said no. Domain code and services raise it; the REST layer alone turns it into problem+json, the kind
 * choosing the HTTP status, so nothing below a resource speaks HTTP. Title and detail are what a citizen or an
 * officer reads, in Vietnamese.
 */
public class DomainException extends RuntimeException {
    /** Why the request was refused. */
    public enum Kind {
        INVALID,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        UNPROCESSABLE,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        TOO_MANY,
        UNAVAILABLE
    }

    private final Kind kind;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient List<String> allowedActions;
    private final long retryAfterSeconds;

    public DomainException(Kind kind, String title, String detail) {
        this(kind, title, detail, List.of(), List.of(), -1);
    }

    public DomainException(Kind kind, String title, String detail, List<FieldError> errors) {
        this(kind, title, detail, errors, List.of(), -1);
    }

    private DomainException(
            Kind kind,
            String title,
            String detail,
            List<FieldError> errors,
            List<String> allowedActions,
            long retryAfterSeconds) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.allowedActions = List.copyOf(allowedActions);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(
                Kind.INVALID, "Dữ liệu không hợp lệ", "Một hoặc nhiều trường không hợp lệ.", errors, List.of(), -1);
    }

    public static DomainException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, "Không có quyền", detail);
    }

    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, "Không tìm thấy", detail);
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, "Xung đột trạng thái", detail);
    }

    /** A conflict with the dossier's state, naming the actions that are allowed instead. */
    public static DomainException conflict(String detail, Collection<?> allowed) {
        return new DomainException(
                Kind.CONFLICT,
                "Không thực hiện được ở trạng thái này",
                detail,
                List.of(),
                allowed.stream().map(Object::toString).toList(),
                -1);
    }

    /** Too many requests from one client (or for one key): try again after the given seconds. */
    public static DomainException tooMany(long retryAfterSeconds) {
        return new DomainException(
                        Kind.TOO_MANY,
                        "Quá nhiều yêu cầu",
                        "Có quá nhiều lượt; vui lòng thử lại sau " + retryAfterSeconds + " giây.")
                .retryAfter(retryAfterSeconds);
    }

    /** The same refusal, saying when to try again. */
    public DomainException retryAfter(long seconds) {
        return new DomainException(kind, title, getMessage(), errors, allowedActions, seconds);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds < 0 ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }
}
