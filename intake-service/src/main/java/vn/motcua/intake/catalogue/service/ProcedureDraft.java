package vn.motcua.intake.catalogue.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.catalogue.domain.SupplementPolicy;

/** The body an administrator sends to create a procedure or revise it (the code comes from the path on revision). */
public record ProcedureDraft(
        @Size(max = 32) String code,

        @NotBlank(message = "cần tên thủ tục")
        @Size(max = 500, message = "tên tối đa 500 ký tự")
        @Pattern(regexp = "[^\\p{Cc}]*", message = "không được chứa ký tự điều khiển")
        String name,

        @NotBlank(message = "cần lĩnh vực")
        @Size(max = 255)
        @Pattern(regexp = "[^\\p{Cc}]*", message = "không được chứa ký tự điều khiển")
        String field,

        @Size(max = 20, message = "mã lĩnh vực tối đa 20 ký tự")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "mã lĩnh vực chỉ gồm chữ, số, dấu chấm, gạch")
        String fieldCode,

        @NotNull(message = "cần cấp thực hiện: PROVINCE hoặc COMMUNE")
        Agency.Level agencyLevel,

        @NotNull(message = "cần thời hạn giải quyết (ngày làm việc)")
        BigDecimal processingDays,

        BigDecimal onlineProcessingDays,
        SupplementPolicy supplementPolicy,

        @NotNull(message = "cần lệ phí (0 nếu miễn phí)")
        @PositiveOrZero(message = "lệ phí không âm")
        @Max(value = 1_000_000_000L, message = "lệ phí quá lớn")
        Long feeVnd,

        @NotEmpty(message = "cần ít nhất một thành phần hồ sơ") @Size(max = 50)
        List<@Valid @NotNull Component> components,

        @NotEmpty(message = "cần ít nhất một bước xử lý") @Size(max = 30)
        List<@Valid @NotNull Step> steps) {

    public record Component(
            @NotBlank(message = "cần mã thành phần") @Size(max = 32)
            String code,

            @NotBlank(message = "cần tên thành phần")
            @Size(max = 500)
            @Pattern(regexp = "[^\\p{Cc}]*", message = "không được chứa ký tự điều khiển")
            String name,

            boolean mandatory,
            @PositiveOrZero @Max(20) int originals,
            @PositiveOrZero @Max(20) int copies) {}

    public record Step(
            @NotBlank(message = "cần tên bước")
            @Size(max = 255)
            @Pattern(regexp = "[^\\p{Cc}]*", message = "không được chứa ký tự điều khiển")
            String name,

            @NotNull(message = "cần thời hạn của bước") BigDecimal workingDays) {}
}
