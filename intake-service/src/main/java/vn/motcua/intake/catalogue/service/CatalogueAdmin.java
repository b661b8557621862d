package vn.motcua.intake.catalogue.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.catalogue.domain.ProcessingDays;
import vn.motcua.intake.catalogue.domain.SupplementPolicy;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.FieldError;

/**
 * Creates procedures and revises them. A revision is a new version row that becomes current; dossiers keep
 * the id of the version they were received under, so their deadlines never move.
 */
@ApplicationScoped
public class CatalogueAdmin {
    private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");
    private final ObjectMapper json;
    private final Clock clock;

    public CatalogueAdmin(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public ProcedureVersion create(ProcedureDraft r, String actor) {
        List<FieldError> errors = problems(r);
        if (r.code() == null || !CODE.matcher(r.code()).matches()) {
            errors.add(0, new FieldError("code", "mã thủ tục dạng 1.001234"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (ProcedureVersion.count("code", r.code()) > 0) {
            throw DomainException.conflict(
                    "Thủ tục " + r.code() + " đã có; hãy sửa đổi bằng PUT /api/procedures/" + r.code() + ".");
        }
        return persist(r, r.code(), 1, actor);
    }

    @Transactional
    public ProcedureVersion revise(String code, ProcedureDraft r, String actor) {
        // Locking the current row serialises concurrent revisions of one procedure.
        ProcedureVersion current = ProcedureVersion.<ProcedureVersion>find("code = ?1 and current = true", code)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> DomainException.notFound("Không có thủ tục mã " + code + "."));
        if (r.code() != null && !r.code().equals(code)) {
            throw DomainException.invalid("code", "mã thủ tục không đổi được khi sửa đổi");
        }
        List<FieldError> errors = problems(r);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        current.current = false;
        current.flush();
        ProcedureVersion next = persist(r, code, current.version + 1, actor);
        Log.infof("procedure %s revised to version %d by %s", code, next.version, actor);
        return next;
    }

    private ProcedureVersion persist(ProcedureDraft r, String code, int version, String actor) {
        var p = new ProcedureVersion();
        p.code = code;
        p.version = version;
        p.name = r.name().strip();
        p.field = r.field().strip();
        p.fieldCode = r.fieldCode() == null || r.fieldCode().isBlank()
                ? null
                : r.fieldCode().strip();
        p.agencyLevel = r.agencyLevel();
        p.processingDays = r.processingDays();
        p.onlineProcessingDays = r.onlineProcessingDays();
        p.supplementPolicy = r.supplementPolicy() == null ? SupplementPolicy.PAUSE : r.supplementPolicy();
        p.feeVnd = r.feeVnd();
        p.components = write(r.components().stream()
                .map(c -> new CatalogueJson.Component(
                        c.code().strip(), c.name().strip(), c.mandatory(), c.originals(), c.copies()))
                .toList());
        p.steps = write(r.steps().stream()
                .map(s -> new CatalogueJson.Step(
                        s.name().strip(), s.workingDays().stripTrailingZeros().toPlainString()))
                .toList());
        p.current = true;
        p.createdAt = clock.instant();
        p.createdBy = actor;
        p.persist();
        return p;
    }

    private static List<FieldError> problems(ProcedureDraft r) {
        List<FieldError> errors = new ArrayList<>();
        ProcessingDays.problem(r.processingDays()).ifPresent(m -> errors.add(new FieldError("processingDays", m)));
        if (r.onlineProcessingDays() != null) {
            ProcessingDays.problem(r.onlineProcessingDays())
                    .ifPresent(m -> errors.add(new FieldError("onlineProcessingDays", m)));
            if (r.onlineProcessingDays().compareTo(r.processingDays()) > 0) {
                errors.add(
                        new FieldError("onlineProcessingDays", "thời hạn trực tuyến không dài hơn thời hạn tại quầy"));
            }
        }
        var codes = new HashSet<String>();
        for (int i = 0; i < r.components().size(); i++) {
            if (!codes.add(r.components().get(i).code().strip())) {
                errors.add(new FieldError("components[" + i + "].code", "mã thành phần bị trùng"));
            }
        }
        BigDecimal budget = BigDecimal.ZERO;
        for (int i = 0; i < r.steps().size(); i++) {
            BigDecimal days = r.steps().get(i).workingDays();
            String field = "steps[" + i + "].workingDays";
            ProcessingDays.stepProblem(days).ifPresent(m -> errors.add(new FieldError(field, m)));
            budget = budget.add(days);
        }
        if (budget.compareTo(r.processingDays()) > 0) {
            errors.add(new FieldError(
                    "steps",
                    "tổng thời hạn các bước (" + budget.stripTrailingZeros().toPlainString()
                            + ") vượt thời hạn giải quyết"));
        }
        return errors;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
