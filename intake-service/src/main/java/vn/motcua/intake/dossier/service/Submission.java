package vn.motcua.intake.dossier.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A submission, online or at the counter: the body of POST /api/dossiers and the command DossierService takes.
 * Format rules beyond these annotations live in SubmissionValidator.
 */
public record Submission(
        @NotBlank(message = "cần mã thủ tục") @Size(max = 32)
        String procedureCode,

        @NotBlank(message = "cần chọn nơi nộp hồ sơ (cơ quan tiếp nhận)") @Size(max = 32)
        String agencyCode,

        @NotNull(message = "cần thông tin người nộp") @Valid Applicant applicant,

        @Size(max = 50, message = "tối đa 50 thành phần hồ sơ")
        List<@Valid @NotNull Document> documents) {

    public record Applicant(
            @NotBlank(message = "cần loại người nộp: CITIZEN, BUSINESS hoặc ORGANISATION")
            String type,

            @NotBlank(message = "cần họ tên") @Size(max = 255, message = "họ tên tối đa 255 ký tự")
            String fullName,

            @NotBlank(message = "cần số định danh hoặc mã số thuế") @Size(max = 16)
            String idNumber,

            @NotBlank(message = "cần số điện thoại") @Size(max = 20)
            String phone,

            @Size(max = 254) String email,

            @Size(max = 500, message = "địa chỉ tối đa 500 ký tự")
            String address) {}

    public record Document(
            @NotBlank(message = "cần mã thành phần hồ sơ") @Size(max = 32)
            String componentCode,

            @Size(max = 64) String fileId) {}

    public List<Document> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }
}
