package vn.motcua.tracking.common.rest;

import java.util.Collection;
import java.util.List;

/** An answer other than success, as problem+json: not found, forbidden, or a conflict with the allowed actions. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(new Problem("about:blank", "Không tìm thấy", 404, detail, List.of()));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("about:blank", "Không có quyền", 403, detail, List.of()));
    }

    public static ProblemException conflict(String detail, Collection<?> allowed) {
        return new ProblemException(new Problem("about:blank", "Không thực hiện được ở trạng thái này", 409, detail,
                List.of(), allowed.stream().map(Object::toString).toList()));
    }
}
