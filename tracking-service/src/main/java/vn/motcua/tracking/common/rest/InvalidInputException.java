package vn.motcua.tracking.common.rest;

import java.util.List;

/** Thrown by resources when input fails a rule that bean validation cannot express. */
public class InvalidInputException extends RuntimeException {
    private final List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
