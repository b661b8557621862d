package vn.motcua.intake.common.domain;

/** One input that broke a rule: the field's name as the request spells it, and why, in Vietnamese. */
public record FieldError(String field, String message) {}
