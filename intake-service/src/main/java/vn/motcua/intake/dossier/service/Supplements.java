package vn.motcua.intake.dossier.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.FieldError;
import vn.motcua.intake.document.service.FileStore;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.dossier.messaging.DossierEvent;
import vn.motcua.intake.outbox.service.Outbox;

/**
 * Papers an applicant sends online after the agency asked for more (form 02). They are added to the dossier's
 * documents with the time they came, and DOSSIER_SUPPLEMENT_SUBMITTED goes out in the same transaction: tracking
 * marks the dossier on the holding agency's queue, the notifier confirms to the applicant. The officer reads the
 * papers on the dossier's page and records the supplement as received in tracking, which resumes the clock. Only
 * while tracking says the dossier waits for them.
 */
@ApplicationScoped
public class Supplements {
    private final DossierProgress progress;
    private final CatalogueCache catalogue;
    private final CatalogueJson json;
    private final FileStore files;
    private final Outbox outbox;
    private final DossierEvents events;
    private final Clock clock;

    public Supplements(
            DossierProgress progress,
            CatalogueCache catalogue,
            CatalogueJson json,
            FileStore files,
            Outbox outbox,
            DossierEvents events,
            Clock clock) {
        this.progress = progress;
        this.catalogue = catalogue;
        this.json = json;
        this.files = files;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    public List<DossierDocument> add(Dossier d, List<Submission.Document> papers, String owner) {
        // Asked before the transaction: no connection is held while tracking answers.
        boolean waiting = progress.of(d.code)
                .filter(p -> "SUPPLEMENT_REQUESTED".equals(p.status()))
                .isPresent();
        if (!waiting) {
            throw DomainException.conflict("Hồ sơ " + d.code + " không ở bước chờ bổ sung (hoặc chưa xác nhận được):"
                    + " chỉ gửi giấy tờ bổ sung khi cơ quan đã yêu cầu.");
        }
        ProcedureVersion version = catalogue.version(d.procedureVersionId).orElseThrow();
        String agencyName = catalogue.agency(d.agencyCode).map(a -> a.name).orElse(d.agencyCode);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<DossierDocument> documents = new ArrayList<>(DossierDocument.of(d.code));
            check(version, papers, owner, documents);
            Instant now = clock.instant();
            for (Submission.Document paper : papers) {
                DossierDocument x = new DossierDocument();
                x.dossierCode = d.code;
                x.componentCode = paper.componentCode();
                x.fileId = paper.fileId();
                x.suppliedAt = now;
                x.persist();
                documents.add(x);
            }
            outbox.append(events.event(d, version, agencyName, DossierEvent.SUPPLEMENT_SUBMITTED, now, List.of()));
            return documents;
        });
    }

    /** What a supplement may hold: the components of the version the dossier was submitted under. */
    public List<CatalogueJson.Component> components(Dossier d) {
        return catalogue.version(d.procedureVersionId).map(json::components).orElse(List.of());
    }

    /** Every paper names a component of the dossier's procedure version and a file of the caller's not yet in it. */
    private void check(
            ProcedureVersion version, List<Submission.Document> papers, String owner, List<DossierDocument> documents) {
        Set<String> components = new HashSet<>();
        json.components(version).forEach(c -> components.add(c.code()));
        Set<String> attached = new HashSet<>();
        documents.forEach(x -> attached.add(x.fileId));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            Submission.Document paper = papers.get(i);
            if (!components.contains(paper.componentCode())) {
                errors.add(new FieldError(
                        "documents[" + i + "].componentCode", "thủ tục không có thành phần " + paper.componentCode()));
            }
            String fileId = paper.fileId();
            if (fileId == null || fileId.isBlank()) {
                errors.add(new FieldError("documents[" + i + "].fileId", "cần tệp giấy tờ bổ sung"));
            } else if (!attached.add(fileId) || files.ownedBy(fileId, owner).isEmpty()) {
                errors.add(new FieldError(
                        "documents[" + i + "].fileId", "không có tệp " + fileId + " do bạn tải lên và chưa gửi"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
