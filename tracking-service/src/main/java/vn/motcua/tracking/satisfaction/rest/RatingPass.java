package vn.motcua.tracking.satisfaction.rest;

import jakarta.validation.constraints.Size;

/**
 * How a citizen who is not signed in shows a dossier is theirs: the token of the link in their message, or the
 * dossier code with their ID number (as in the public lookup). In the body, never in a URL.
 */
public record RatingPass(
        @Size(max = 400, message = "liên kết không hợp lệ") String token,

        @Size(max = 64, message = "mã hồ sơ tối đa 64 ký tự")
        String code,

        @Size(max = 16, message = "số định danh tối đa 16 ký tự")
        String idNumber) {}
