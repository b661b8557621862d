package vn.motcua.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.FieldError;
import vn.motcua.intake.document.service.FileStore;
import vn.motcua.intake.dossier.domain.ApplicantRules;
import vn.motcua.intake.dossier.domain.Dossier;

/** Checks a submission against the catalogue and the applicant rules, collecting every bad field at once. */
@ApplicationScoped
public class SubmissionValidator {
    public record Checked(ProcedureVersion procedure, Agency agency, Dossier.ApplicantType applicantType) {}

    private final CatalogueJson catalogue;
    private final CatalogueCache cache;
    private final FileStore files;
    private final Clock clock;

    public SubmissionValidator(CatalogueJson catalogue, CatalogueCache cache, FileStore files, Clock clock) {
        this.catalogue = catalogue;
        this.cache = cache;
        this.files = files;
        this.clock = clock;
    }

    public Checked check(Submission r, String submitter) {
        List<FieldError> errors = new ArrayList<>();
        Optional<ProcedureVersion> procedure = cache.currentProcedure(r.procedureCode());
        if (procedure.isEmpty()) {
            errors.add(new FieldError("procedureCode", "không có thủ tục mã " + r.procedureCode() + " trong danh mục"));
        }
        Optional<Agency> agency = cache.agency(r.agencyCode()).filter(a -> a.active);
        if (agency.isEmpty()) {
            errors.add(new FieldError("agencyCode", "không có cơ quan tiếp nhận mã " + r.agencyCode()));
        } else if (!agency.get().receivesDossiers) {
            errors.add(new FieldError(
                    "agencyCode",
                    agency.get().name + " không có bộ phận một cửa tiếp nhận hồ sơ; "
                            + "vui lòng chọn trung tâm phục vụ hành chính công"));
        } else if (procedure.isPresent() && procedure.get().agencyLevel != agency.get().level) {
            errors.add(new FieldError(
                    "agencyCode",
                    "thủ tục này thuộc thẩm quyền cấp "
                            + (procedure.get().agencyLevel == Agency.Level.PROVINCE ? "tỉnh" : "xã")
                            + ", không tiếp nhận tại cơ quan này"));
        }
        Optional<Dossier.ApplicantType> type = Arrays.stream(Dossier.ApplicantType.values())
                .filter(t -> t.name().equals(r.applicant().type()))
                .findFirst();
        if (type.isEmpty()) {
            errors.add(new FieldError("applicant.type", "loại người nộp phải là CITIZEN, BUSINESS hoặc ORGANISATION"));
        } else {
            (type.get() == Dossier.ApplicantType.CITIZEN
                            ? ApplicantRules.citizenIdProblem(r.applicant().idNumber(), Year.now(clock))
                            : ApplicantRules.taxCodeProblem(r.applicant().idNumber()))
                    .ifPresent(p -> errors.add(new FieldError("applicant.idNumber", p)));
        }
        ApplicantRules.nameProblem(
                        r.applicant().fullName(),
                        type.filter(t -> t != Dossier.ApplicantType.CITIZEN).isEmpty())
                .ifPresent(p -> errors.add(new FieldError("applicant.fullName", p)));
        ApplicantRules.controlCharacterProblem(r.applicant().address())
                .ifPresent(p -> errors.add(new FieldError("applicant.address", "địa chỉ " + p)));
        ApplicantRules.phoneProblem(r.applicant().phone())
                .ifPresent(p -> errors.add(new FieldError("applicant.phone", p)));
        if (r.applicant().email() != null && !r.applicant().email().isBlank()) {
            ApplicantRules.emailProblem(r.applicant().email())
                    .ifPresent(p -> errors.add(new FieldError("applicant.email", p)));
        }
        procedure.ifPresent(p -> errors.addAll(documentProblems(p, r.documentsOrEmpty())));
        List<Submission.Document> documents = r.documentsOrEmpty();
        for (int i = 0; i < documents.size(); i++) {
            String fileId = documents.get(i).fileId();
            if (fileId != null
                    && !fileId.isBlank()
                    && files.ownedBy(fileId, submitter).isEmpty()) {
                errors.add(new FieldError("documents[" + i + "].fileId", "không có tệp " + fileId + " do bạn tải lên"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new Checked(procedure.get(), agency.get(), type.get());
    }

    /**
     * Unknown components, and missing mandatory ones on both channels: at the counter the officer ticks the
     * originals, online the citizen uploads or names each one (the same rule, so an incomplete dossier is never NEW).
     */
    private List<FieldError> documentProblems(ProcedureVersion p, List<Submission.Document> documents) {
        List<FieldError> errors = new ArrayList<>();
        List<CatalogueJson.Component> components = catalogue.components(p);
        Set<String> known =
                components.stream().map(CatalogueJson.Component::code).collect(Collectors.toSet());
        Set<String> given =
                documents.stream().map(Submission.Document::componentCode).collect(Collectors.toSet());
        for (int i = 0; i < documents.size(); i++) {
            if (!known.contains(documents.get(i).componentCode())) {
                errors.add(new FieldError(
                        "documents[" + i + "].componentCode",
                        "thủ tục không có thành phần hồ sơ " + documents.get(i).componentCode()));
            }
        }
        components.stream()
                .filter(c -> c.mandatory() && !given.contains(c.code()))
                .forEach(c -> errors.add(
                        new FieldError("documents", "thiếu thành phần bắt buộc " + c.code() + ": " + c.name())));
        return errors;
    }
}
