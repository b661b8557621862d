package vn.motcua.intake.dossier.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.agency.domain.Agency;
import vn.motcua.intake.catalogue.domain.CatalogueJson;
import vn.motcua.intake.catalogue.domain.ProcedureVersion;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.DomainException.Kind;
import vn.motcua.intake.dossier.domain.ApplicantRules;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierCode;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.dossier.domain.Person;
import vn.motcua.intake.dossier.domain.StatusEntry;
import vn.motcua.intake.dossier.messaging.DossierEvent;
import vn.motcua.intake.outbox.service.Outbox;
import vn.motcua.intake.portal.service.PortalQueue;
import vn.motcua.intake.security.ApplicantIdHash;

/** Submission, acceptance and refusal: each change, its history row and its event commit together. */
@ApplicationScoped
public class DossierService {
    private final SubmissionValidator validator;
    private final CodeAllocator codes;
    private final AppointmentService appointments;
    private final Outbox outbox;
    private final PortalQueue portal;
    private final CatalogueJson catalogue;
    private final MeterRegistry registry;
    private final Clock clock;
    private final ApplicantIdHash idHash;

    public DossierService(
            SubmissionValidator validator,
            CodeAllocator codes,
            AppointmentService appointments,
            Outbox outbox,
            PortalQueue portal,
            CatalogueJson catalogue,
            MeterRegistry registry,
            Clock clock,
            ApplicantIdHash idHash) {
        this.validator = validator;
        this.codes = codes;
        this.appointments = appointments;
        this.outbox = outbox;
        this.portal = portal;
        this.catalogue = catalogue;
        this.registry = registry;
        this.clock = clock;
        this.idHash = idHash;
    }

    public record Submitter(
            Person person, Dossier.Channel channel, Optional<String> idempotencyKey, String requestHash) {
        public String name() {
            return person.user();
        }
    }

    /** The dossier, its documents, and whether it was created now (false: the first answer to a repeated request). */
    public record Result(Dossier dossier, List<DossierDocument> documents, boolean created) {}

    public Result submit(Submission request, Submitter submitter) {
        Optional<Dossier> earlier = repeated(submitter);
        if (earlier.isPresent()) {
            return repeatedResult(earlier.get());
        }
        SubmissionValidator.Checked checked = validator.check(request, submitter.name());
        Instant now = clock.instant();
        boolean counter = submitter.channel() == Dossier.Channel.COUNTER;
        // Asked before the transaction: the day's counter row is never locked during a network call.
        Optional<Instant> appointment =
                counter ? appointments.appointment(now, checked.procedure().processingDays(false)) : Optional.empty();
        try {
            List<DossierDocument> documents = new ArrayList<>();
            Dossier d = QuarkusTransaction.requiringNew()
                    .call(() -> create(request, checked, submitter, now, appointment, documents));
            registry.counter(
                            "intake_dossiers_submitted_total",
                            "channel",
                            d.channel.name(),
                            "agency",
                            d.agencyCode,
                            "procedure",
                            d.procedureCode)
                    .increment();
            if (counter) {
                registry.counter(
                                "intake_dossiers_received_total",
                                "channel",
                                d.channel.name(),
                                "agency",
                                d.agencyCode,
                                "procedure",
                                d.procedureCode)
                        .increment();
            }
            Log.infof("dossier %s submitted (%s) at %s", d.code, d.channel, d.agencyCode);
            return new Result(d, documents, true);
        } catch (PersistenceException e) {
            // A concurrent retry with the same key won the race: answer with its dossier.
            return repeated(submitter).map(this::repeatedResult).orElseThrow(() -> e);
        }
    }

    private Result repeatedResult(Dossier d) {
        return new Result(d, QuarkusTransaction.requiringNew().call(() -> DossierDocument.of(d.code)), false);
    }

    private Optional<Dossier> repeated(Submitter submitter) {
        if (submitter.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        Optional<Dossier> earlier = QuarkusTransaction.requiringNew()
                .call(() -> Dossier.byIdempotencyKey(
                        submitter.name(), submitter.idempotencyKey().get()));
        earlier.filter(d -> !d.requestHash.equals(submitter.requestHash())).ifPresent(d -> {
            throw new DomainException(
                    Kind.UNPROCESSABLE,
                    "Khoá Idempotency-Key đã dùng cho yêu cầu khác",
                    "Idempotency-Key này đã được dùng với một nội dung khác; hãy dùng khoá mới cho hồ sơ mới.");
        });
        return earlier;
    }

    private Dossier create(
            Submission r,
            SubmissionValidator.Checked checked,
            Submitter submitter,
            Instant now,
            Optional<Instant> appointment,
            List<DossierDocument> documents) {
        ProcedureVersion p = checked.procedure();
        DossierCode code = codes.next(
                checked.agency().code, now.atZone(AppointmentService.VIETNAM).toLocalDate());
        Dossier d = new Dossier();
        d.code = code.toString();
        d.agencyCode = checked.agency().code;
        d.procedureVersionId = p.id;
        d.procedureCode = p.code;
        d.channel = submitter.channel();
        d.status = submitter.channel() == Dossier.Channel.COUNTER ? Dossier.Status.RECEIVED : Dossier.Status.NEW;
        d.applicantType = checked.applicantType();
        d.applicantName = ApplicantRules.normaliseName(r.applicant().fullName());
        d.applicantIdNumber = r.applicant().idNumber();
        d.applicantIdHash = idHash.of(r.applicant().idNumber());
        d.applicantPhone = ApplicantRules.normalisePhone(r.applicant().phone());
        d.applicantEmail = blankToNull(r.applicant().email());
        d.applicantAddress = blankToNull(r.applicant().address());
        d.submittedAt = now;
        d.receivedAt = d.status == Dossier.Status.RECEIVED ? now : null;
        d.appointmentAt = appointment.orElse(null);
        d.createdBy = submitter.name();
        d.idempotencyKey = submitter.idempotencyKey().orElse(null);
        d.requestHash = submitter.requestHash();
        // A component is digitised when it came as a file: uploaded online, or scanned and attached at the counter.
        d.componentsReceived = r.documentsOrEmpty().size();
        d.componentsDigitised = (int) r.documentsOrEmpty().stream()
                .filter(doc -> blankToNull(doc.fileId()) != null)
                .count();
        d.persist();
        for (Submission.Document doc : r.documentsOrEmpty()) {
            DossierDocument x = new DossierDocument();
            x.dossierCode = d.code;
            x.componentCode = doc.componentCode();
            x.fileId = blankToNull(doc.fileId());
            documents.add(x); // the answer shows them: no second read after the commit
        }
        DossierDocument.insertAll(documents);
        StatusEntry.append(d.code, d.status, now, submitter.person(), null);
        String type = d.status == Dossier.Status.RECEIVED ? DossierEvent.RECEIVED : DossierEvent.SUBMITTED;
        // The agency was loaded by the validator: no second read on the submission path.
        outbox.append(event(d, p, checked.agency().name, type, now, List.of()));
        portal.intakeChange(d.code, d.agencyCode, d.submittedAt, type, d.status.nationalCode, now);
        return d;
    }

    /** The receiving agency's name for events: consumers print it on forms and messages. */
    static String agencyName(String agencyCode) {
        return Agency.findByCode(agencyCode).map(a -> a.name).orElse(agencyCode);
    }

    DossierEvent event(
            Dossier d, ProcedureVersion p, String agencyName, String type, Instant at, List<String> reasons) {
        boolean received = d.status == Dossier.Status.RECEIVED;
        return new DossierEvent(
                DossierEvent.newId(),
                type,
                d.code,
                at,
                d.status.nationalCode,
                d.agencyCode,
                agencyName,
                p.code,
                p.version,
                p.name,
                d.channel.name(),
                new DossierEvent.Applicant(
                        d.applicantType.name(), d.applicantName, d.applicantEmail, d.applicantPhone, d.applicantIdHash),
                d.receivedAt,
                d.appointmentAt,
                received
                        ? p.processingDays(d.channel == Dossier.Channel.ONLINE)
                                .stripTrailingZeros()
                                .toPlainString()
                        : null,
                received ? p.supplementPolicy.name() : null,
                received
                        ? catalogue.steps(p).stream()
                                .map(s -> new DossierEvent.Step(s.name(), s.workingDays()))
                                .toList()
                        : null,
                reasons.isEmpty() ? null : reasons,
                received && d.componentsReceived != null
                        ? new DossierEvent.Components(d.componentsReceived, d.componentsDigitised)
                        : null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
