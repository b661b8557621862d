package vn.motcua.intake.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.dossier.domain.Dossier;
import vn.motcua.intake.dossier.domain.DossierCode;
import vn.motcua.intake.dossier.domain.Person;

/** A group commit's batch against the real schema: every table's rows, one number range, all or nothing. */
@QuarkusTest
class DossierWriterTest {
    static final String AGENCY = "000.00.13.H57";
    static final Person OFFICER = new Person("writer-test", "Trần Thị Bình");

    @Inject
    DossierWriter writer;

    @Inject
    SubmissionValidator validator;

    @Inject
    EntityManager em;

    @Test
    void aBatchWritesEveryRowOfEachDossierUnderConsecutiveNumbers() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int before = lastNumber(at);
        List<DossierWriter.Draft> drafts = List.of(
                draft("079095000001", Optional.empty(), at, 2),
                draft("079095000002", Optional.empty(), at, 0),
                draft("079095000003", Optional.empty(), at, 3));

        // The outbox rows are read inside the writing transaction, just after the outbox inserts them at its end
        // (a callback registered after the outbox's runs after it). Once it commits, the relay publishes the rows
        // from memory and deletes them: a read after the commit raced it (CI, 6 Dec: no rows left).
        List<String> outboxOrder = new ArrayList<>();
        List<DossierWriter.Written> written = QuarkusTransaction.requiringNew().call(() -> {
            List<DossierWriter.Written> w = writer.writeAll(drafts);
            List<String> inBatch = w.stream().map(d -> d.dossier().code).toList();
            em.unwrap(SessionImplementor.class).getActionQueue().registerCallback((BeforeTransactionCompletionProcess)
                    session -> outboxOrder.addAll(column(
                            "SELECT aggregate_id FROM outbox_event WHERE aggregate_id IN (?1) ORDER BY id", inBatch)));
            return w;
        });

        List<String> codes = written.stream().map(w -> w.dossier().code).toList();
        // The relay publishes in id order: the events' ids ascend in the drafts' order.
        assertEquals(codes, outboxOrder);
        for (int i = 0; i < 3; i++) {
            DossierCode code = DossierCode.parse(codes.get(i)).orElseThrow();
            assertEquals(before + i + 1, code.sequence(), "numbers follow the drafts' order");
        }
        assertEquals(before + 3, lastNumber(at));
        assertEquals(
                List.of(2, 0, 3),
                written.stream().map(w -> w.documents().size()).toList());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                String code = codes.get(i);
                String id = "07909500000" + (i + 1);
                assertEquals(List.of(id), column("SELECT applicant_id_number FROM dossier WHERE code = ?1", code));
                assertEquals(
                        new long[] {2, 0, 3}[i],
                        count("SELECT COUNT(*) FROM dossier_document WHERE dossier_code = ?1", code));
                assertEquals(
                        List.of("RECEIVED|Trần Thị Bình"),
                        column(
                                "SELECT CONCAT(status, '|', actor_name) FROM dossier_status_history"
                                        + " WHERE dossier_code = ?1",
                                code));
                assertEquals(1, count("SELECT COUNT(*) FROM portal_item WHERE dossier_code = ?1", code));
                assertEquals(1, count("SELECT COUNT(*) FROM portal_dossier WHERE dossier_code = ?1", code));
            }
            // Written through JDBC: read back through Hibernate, every column is what the writer held.
            // One field a column: the comparison below covers the whole row.
            assertEquals(
                    count(
                            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                                    + " AND table_name = ?1",
                            "dossier"),
                    columns(written.get(0).dossier()).size());
            for (DossierWriter.Written w : written) {
                assertEquals(
                        columns(w.dossier()),
                        columns(Dossier.byCode(w.dossier().code).orElseThrow()));
            }
        });
    }

    @Test
    void aBatchThatFailsWritesNothingAndGivesItsNumbersBack() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew()
                .call(() -> writer.writeAll(List.of(draft("079095000010", Optional.of(key), at, 1))));
        int before = lastNumber(at);
        long dossiers = QuarkusTransaction.requiringNew().call(() -> count("SELECT COUNT(*) FROM dossier", null));

        // The second draft repeats the first one's Idempotency-Key (a retry racing in): the unique key refuses it.
        List<DossierWriter.Draft> drafts = List.of(
                draft("079095000011", Optional.empty(), at, 1),
                draft("079095000012", Optional.of(key), at, 1),
                draft("079095000013", Optional.empty(), at, 1));
        // A PersistenceException, which DossierService catches to answer with the first request's dossier.
        assertThrows(
                PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().call(() -> writer.writeAll(drafts)));

        assertEquals(before, lastNumber(at), "the day's numbers are gap-free");
        assertEquals(
                dossiers, QuarkusTransaction.requiringNew().call(() -> count("SELECT COUNT(*) FROM dossier", null)));
    }

    DossierWriter.Draft draft(String idNumber, Optional<String> key, Instant at, int documents) {
        List<Submission.Document> docs = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            docs.add(new Submission.Document(i % 2 == 0 ? "TK" : "CCCD", null));
        }
        Submission s = new Submission(
                "2.000488",
                AGENCY,
                new Submission.Applicant("CITIZEN", "Lê Văn Cường", idNumber, "0912345678", "cuong@example.vn", null),
                docs);
        // Checked with its two mandatory components; the writer writes whatever the checked submission handed in.
        var checked = validator.check(
                new Submission(
                        s.procedureCode(),
                        AGENCY,
                        s.applicant(),
                        List.of(new Submission.Document("TK", null), new Submission.Document("CCCD", null))),
                OFFICER.user());
        var submitter = new DossierService.Submitter(OFFICER, Dossier.Channel.COUNTER, key, "hash-" + idNumber);
        return new DossierWriter.Draft(s, checked, submitter, at, Optional.of(at.plus(10, ChronoUnit.DAYS)));
    }

    /**
     * Every persistent field of the entity, found by reflection: a column the writer forgot is compared too. Panache
     * makes the public fields private; Hibernate's own added fields are transient.
     */
    static List<Object> columns(Dossier d) {
        return Arrays.stream(Dossier.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                .map(f -> {
                    try {
                        f.setAccessible(true);
                        return f.get(d);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    int lastNumber(Instant at) {
        LocalDate day = at.atZone(AppointmentService.VIETNAM).toLocalDate();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(
                            "SELECT last_value FROM dossier_sequence WHERE agency_code = ?1 AND day = ?2")
                    .setParameter(1, AGENCY)
                    .setParameter(2, day)
                    .getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }

    List<String> column(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList().stream()
                .map(String::valueOf)
                .toList();
    }

    long count(String sql, Object parameter) {
        var q = em.createNativeQuery(sql);
        if (parameter != null) {
            q.setParameter(1, parameter);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
