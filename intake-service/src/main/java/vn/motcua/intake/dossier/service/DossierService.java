package vn.motcua.intake.dossier.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.common.domain.DomainException;
import vn.motcua.intake.common.domain.DomainException.Kind;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierDocument;
import vn.motcua.intake.dossier.domain.Person;

/**
 * Submission: checks, then writes each dossier with its history line, portal-sync rows and event in one
 * transaction. Submissions to one agency go through its group-commit lane: under load, those that arrive while
 * the agency's day row is locked are written together in the next transaction.
 */
@ApplicationScoped
public class DossierService {
    // Hibernate's JDBC batch size (statement-batch-size): a batch's dossiers go to the server as one JDBC batch.
    static final int MAX_BATCH = 50;

    private final SubmissionValidator validator;
    private final AppointmentService appointments;
    private final MeterRegistry registry;
    private final Clock clock;
    private final GroupCommit<DossierWriter.Draft, DossierWriter.Written> lanes;

    public DossierService(
            SubmissionValidator validator,
            AppointmentService appointments,
            DossierWriter writer,
            MeterRegistry registry,
            Clock clock) {
        this.validator = validator;
        this.appointments = appointments;
        this.registry = registry;
        this.clock = clock;
        DistributionSummary sizes = DistributionSummary.builder("intake_submission_batch_size")
                .description("Dossiers written by one transaction of an agency's group-commit lane")
                .register(registry);
        Counter retried = Counter.builder("intake_submission_batches_retried_total")
                .description("Batches rolled back and written again one dossier at a time")
                .register(registry);
        this.lanes = new GroupCommit<>(
                MAX_BATCH,
                drafts -> QuarkusTransaction.requiringNew().call(() -> writer.writeAll(drafts)),
                draft -> QuarkusTransaction.requiringNew()
                        .call(() -> writer.writeAll(List.of(draft)))
                        .get(0),
                new GroupCommit.Listener() {
                    @Override
                    public void written(int batchSize) {
                        sizes.record(batchSize);
                    }

                    @Override
                    public void retriedAlone(int batchSize, Throwable cause) {
                        retried.increment();
                        // Expected when a repeated Idempotency-Key raced in; anything else is worth a look. The
                        // type only: a duplicate-key message quotes the key's values (an account name).
                        Log.infof(
                                "a batch of %d dossiers was rolled back (%s); each is written alone",
                                batchSize, cause.getClass().getName());
                    }
                });
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
            DossierWriter.Written w = lanes.submit(
                    checked.agency().code, new DossierWriter.Draft(request, checked, submitter, now, appointment));
            Dossier d = w.dossier();
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
            return new Result(d, w.documents(), true);
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
}
