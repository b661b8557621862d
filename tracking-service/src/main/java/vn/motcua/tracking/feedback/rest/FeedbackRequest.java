package vn.motcua.tracking.feedback.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The feedback form: anyone may file, with a name and an email or a phone number to be answered at. */
public record FeedbackRequest(
        @NotBlank(message = "cần chọn cơ quan") @Size(max = 32)
        String agencyCode,

        @Size(max = 64, message = "mã hồ sơ tối đa 64 ký tự")
        String dossierCode,

        @NotBlank(message = "cần họ và tên") @Size(max = 200, message = "họ và tên tối đa 200 ký tự")
        String name,

        @Email(message = "thư điện tử không hợp lệ") @Size(max = 254)
        String email,

        @Pattern(regexp = "\\+?[0-9][0-9 .-]{7,18}", message = "số điện thoại không hợp lệ")
        String phone,

        @NotBlank(message = "cần nội dung phản ánh, kiến nghị")
        @Size(max = 2000, message = "nội dung tối đa 2000 ký tự")
        String content) {}
