package vn.motcua.intake.agency.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.agency.messaging.AgencyEvent;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.FieldError;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.Person;
import vn.motcua.intake.dossier.domain.StatusEntry;
import vn.motcua.intake.outbox.service.Outbox;
import vn.motcua.intake.portal.service.PortalQueue;

/**
 * An agency dissolved into a successor (the 2025 mergers of communes and departments), as one event every service
 * applies: here, in one transaction, the agency is retired (its officers lose their rights), its online dossiers
 * still waiting for acceptance move to the successor, and AGENCY_MERGED is written to the outbox for tracking
 * (the dossiers it tracks) and the notifier (the mailbox). Repeating a merger already done changes nothing.
 */
@ApplicationScoped
public class AgencyMerges {
    private final Outbox outbox;
    private final PortalQueue portal;
    private final Clock clock;

    public AgencyMerges(Outbox outbox, PortalQueue portal, Clock clock) {
        this.outbox = outbox;
        this.portal = portal;
        this.clock = clock;
    }

    public record Result(String agency, String successor, int movedNew, boolean alreadyMerged) {}

    @Transactional
    public Result merge(String code, String successorCode, Person admin) {
        Agency agency = Agency.<Agency>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("Không có cơ quan mã " + code + "."));
        if (!agency.active) {
            if (successorCode.equals(agency.successorCode)) {
                return new Result(code, successorCode, 0, true); // a retried request: done already
            }
            throw DomainException.conflict("Cơ quan " + code + " đã được sáp nhập vào " + agency.successorCode + ".");
        }
        Agency successor = Agency.findByCode(successorCode)
                .filter(a -> a.active)
                .orElseThrow(() -> DomainException.invalid(List.of(new FieldError(
                        "successorCode", "không có cơ quan kế thừa đang hoạt động mã " + successorCode))));
        if (successor.code.equals(code) || successor.level != agency.level) {
            throw DomainException.invalid(List.of(new FieldError(
                    "successorCode",
                    "cơ quan kế thừa phải là một cơ quan khác, cùng cấp "
                            + (agency.level == Agency.Level.PROVINCE ? "tỉnh" : "xã"))));
        }
        if (agency.receivesDossiers && !successor.receivesDossiers) { // its waiting dossiers would reach no desk
            throw DomainException.invalid(List.of(new FieldError(
                    "successorCode", "cơ quan kế thừa phải là cơ quan tiếp nhận hồ sơ (có bộ phận một cửa)")));
        }
        Instant now = clock.instant();
        agency.active = false;
        agency.successorCode = successor.code;
        List<Dossier> waiting = Dossier.list("agencyCode = ?1 and status = ?2", code, Dossier.Status.NEW);
        String note = "Chuyển từ " + agency.name + " sang " + successor.name + " do sắp xếp đơn vị hành chính";
        for (Dossier d : waiting) {
            d.agencyCode = successor.code;
            StatusEntry.append(d.code, d.status, now, admin, note);
            portal.intakeChange(
                    d.code, d.agencyCode, d.submittedAt, "DOSSIER_AGENCY_MERGED", d.status.nationalCode, now);
        }
        outbox.append(AgencyEvent.merged(code, agency.name, successor.code, successor.name, now, admin.user()));
        Log.infof(
                "agency %s merged into %s by %s: %d online dossiers waiting for acceptance moved",
                code, successor.code, admin.user(), waiting.size());
        return new Result(code, successor.code, waiting.size(), false);
    }
}
