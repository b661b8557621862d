package vn.motcua.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.dossier.domain.ApplicantRules;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierCode;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.dossier.domain.StatusEntry;
import vn.motcua.intake.dossier.messaging.DossierEvent;
import vn.motcua.intake.outbox.service.Outbox;
import vn.motcua.intake.portal.service.PortalQueue;
import vn.motcua.intake.security.ApplicantIdHash;

/**
 * Writes new dossiers of one agency in the caller's transaction: their numbers with one statement a day, then each
 * table's rows with one statement for all of them (dossiers, documents, first status lines, portal-sync rows, outbox
 * events), all through JDBC: the statements of one dossier, not n times them.
 */
@ApplicationScoped
public class DossierWriter {
    /** A checked submission, ready to write: its appointment was asked before the transaction. */
    public record Draft(
            Submission request,
            SubmissionValidator.Checked checked,
            DossierService.Submitter submitter,
            Instant at,
            Optional<Instant> appointment) {
        LocalDate day() {
            return at.atZone(AppointmentService.VIETNAM).toLocalDate();
        }
    }

    /** The dossier, and its documents for the answer: no second read after the commit. */
    public record Written(Dossier dossier, List<DossierDocument> documents) {}

    private final CodeAllocator codes;
    private final Outbox outbox;
    private final PortalQueue portal;
    private final DossierEvents events;
    private final ApplicantIdHash idHash;

    public DossierWriter(
            CodeAllocator codes, Outbox outbox, PortalQueue portal, DossierEvents events, ApplicantIdHash idHash) {
        this.codes = codes;
        this.outbox = outbox;
        this.portal = portal;
        this.events = events;
        this.idHash = idHash;
    }

    /** Drafts of one agency, written in their order (a batch may cross midnight: each day numbers its own). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Written> writeAll(List<Draft> drafts) {
        String agency = drafts.get(0).checked().agency().code;
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        drafts.forEach(d -> perDay.merge(d.day(), 1, Integer::sum));
        Map<LocalDate, Iterator<DossierCode>> numbers = new LinkedHashMap<>();
        perDay.forEach(
                (day, n) -> numbers.put(day, codes.reserve(agency, day, n).iterator()));

        List<Written> written = new ArrayList<>(drafts.size());
        List<Dossier> dossiers = new ArrayList<>(drafts.size());
        List<DossierDocument> documents = new ArrayList<>();
        List<StatusEntry> lines = new ArrayList<>(drafts.size());
        List<PortalQueue.IntakeChange> changes = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            if (!draft.checked().agency().code.equals(agency)) {
                throw new IllegalArgumentException("a batch holds one agency's dossiers");
            }
            Dossier d = dossier(draft, numbers.get(draft.day()).next());
            dossiers.add(d);
            List<DossierDocument> own = documents(d, draft.request());
            documents.addAll(own);
            written.add(new Written(d, own));
            lines.add(StatusEntry.line(
                    d.code, d.status, draft.at(), draft.submitter().person(), null));
            String type = d.status == Dossier.Status.RECEIVED ? DossierEvent.RECEIVED : DossierEvent.SUBMITTED;
            // The agency was loaded by the validator: no second read on the submission path.
            ProcedureVersion p = draft.checked().procedure();
            outbox.append(events.event(d, p, draft.checked().agency().name, type, draft.at(), List.of()));
            changes.add(new PortalQueue.IntakeChange(
                    d.code, d.agencyCode, d.submittedAt, type, d.status.nationalCode, draft.at()));
        }
        // The dossiers go first: the rows below refer to them.
        Dossier.insertAll(dossiers);
        DossierDocument.insertAll(documents);
        StatusEntry.appendAll(lines);
        portal.intakeChanges(changes);
        return written;
    }

    private Dossier dossier(Draft draft, DossierCode code) {
        Submission r = draft.request();
        ProcedureVersion p = draft.checked().procedure();
        Dossier.Channel channel = draft.submitter().channel();
        Dossier d = new Dossier();
        d.code = code.toString();
        d.agencyCode = draft.checked().agency().code;
        d.procedureVersionId = p.id;
        d.procedureCode = p.code;
        d.channel = channel;
        d.status = channel == Dossier.Channel.COUNTER ? Dossier.Status.RECEIVED : Dossier.Status.NEW;
        d.applicantType = draft.checked().applicantType();
        d.applicantName = d.applicantType == Dossier.ApplicantType.CITIZEN
                ? ApplicantRules.personName(r.applicant().fullName())
                : ApplicantRules.normaliseName(r.applicant().fullName());
        d.applicantIdNumber = r.applicant().idNumber();
        d.applicantIdHash = idHash.of(r.applicant().idNumber());
        d.applicantPhone = ApplicantRules.normalisePhone(r.applicant().phone());
        d.applicantEmail = blankToNull(r.applicant().email());
        d.applicantAddress = blankToNull(r.applicant().address());
        d.submittedAt = draft.at();
        d.receivedAt = d.status == Dossier.Status.RECEIVED ? draft.at() : null;
        d.appointmentAt = draft.appointment().orElse(null);
        d.createdBy = draft.submitter().name();
        d.idempotencyKey = draft.submitter().idempotencyKey().orElse(null);
        d.requestHash = draft.submitter().requestHash();
        // A component is digitised when it came as a file: uploaded online, or scanned and attached at the counter.
        d.componentsReceived = r.documentsOrEmpty().size();
        d.componentsDigitised = (int) r.documentsOrEmpty().stream()
                .filter(doc -> blankToNull(doc.fileId()) != null)
                .count();
        return d;
    }

    private static List<DossierDocument> documents(Dossier d, Submission r) {
        List<DossierDocument> documents = new ArrayList<>();
        for (Submission.Document doc : r.documentsOrEmpty()) {
            DossierDocument x = new DossierDocument();
            x.dossierCode = d.code;
            x.componentCode = doc.componentCode();
            x.fileId = blankToNull(doc.fileId());
            documents.add(x);
        }
        return documents;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
