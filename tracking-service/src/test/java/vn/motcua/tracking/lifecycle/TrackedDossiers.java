package vn.motcua.tracking.lifecycle;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.motcua.tracking.calendar.domain.ProcessingTime;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.lifecycle.domain.Action;
import vn.motcua.tracking.lifecycle.messaging.IntakeEvent;
import vn.motcua.tracking.lifecycle.service.DossierActions.Command;
import vn.motcua.tracking.lifecycle.service.DossierTracking;
import vn.motcua.tracking.security.ApplicantIdHash;

/** Starts tracked dossiers through the same path a DOSSIER_RECEIVED event takes, without waiting for Kafka. */
public final class TrackedDossiers {
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** The test citizen's ID number, and its keyed hash under the test profile's key (what intake publishes). */
    public static final String CITIZEN = "019095012345";

    public static final String CITIZEN_HASH = hashOf(CITIZEN);

    private TrackedDossiers() {}

    /** An applicant's ID number or tax code as intake publishes it: its keyed hash under the test profile's key. */
    public static String hashOf(String idNumber) {
        return ApplicantIdHash.withKeys(ConfigProvider.getConfig().getValue("tracking.applicant-id.keys", String.class))
                .of(idNumber);
    }

    public static String start(
            DossierTracking tracking,
            String agency,
            String procedure,
            String channel,
            String receivedAt,
            String workingDays,
            String idHash) {
        return start(tracking, agency, procedure, channel, receivedAt, workingDays, idHash, null);
    }

    /** As above, for a procedure whose supplement policy is {@code policy} (null: none given, PAUSE). */
    public static String start(
            DossierTracking tracking,
            String agency,
            String procedure,
            String channel,
            String receivedAt,
            String workingDays,
            String idHash,
            String policy) {
        return start(tracking, agency, procedure, channel, receivedAt, workingDays, idHash, policy, null);
    }

    /** As above, with the components intake counted (null: an event from before they were counted). */
    public static String start(
            DossierTracking tracking,
            String agency,
            String procedure,
            String channel,
            String receivedAt,
            String workingDays,
            String idHash,
            String policy,
            IntakeEvent.Components components) {
        return received(
                tracking,
                agency,
                procedure,
                channel,
                receivedAt,
                workingDays,
                new IntakeEvent.Applicant(idHash, "Nguyễn Văn An", "CITIZEN"),
                policy,
                components);
    }

    /** A business's dossier of {@code procedure}, received at the counter: forms address it by its name. */
    public static String startBusiness(
            DossierTracking tracking, String agency, String procedure, String receivedAt, String name) {
        return received(
                tracking,
                agency,
                procedure,
                "COUNTER",
                receivedAt,
                "10",
                new IntakeEvent.Applicant(CITIZEN_HASH, name, "BUSINESS"),
                null,
                null);
    }

    private static String received(
            DossierTracking tracking,
            String agency,
            String procedure,
            String channel,
            String receivedAt,
            String workingDays,
            IntakeEvent.Applicant applicant,
            String policy,
            IntakeEvent.Components components) {
        String code = agency + "-T" + Long.toString(System.nanoTime(), 36) + "-" + SEQ.incrementAndGet();
        var received = OffsetDateTime.parse(receivedAt).toInstant();
        QuarkusTransaction.requiringNew()
                .run(() -> tracking.start(new IntakeEvent(
                        UUID.randomUUID().toString(),
                        IntakeEvent.RECEIVED,
                        code,
                        received,
                        agency,
                        "Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên",
                        procedure,
                        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
                        channel,
                        applicant,
                        received,
                        appointment(received, workingDays), // the receipt gave the appointment
                        workingDays,
                        policy,
                        components)));
        return code;
    }

    /** What intake's receipt says: the due time the calendar API answers for this receipt. */
    private static Instant appointment(Instant received, String workingDays) {
        CalendarService calendar =
                Arc.container().instance(CalendarService.class).get();
        return calendar.calculator()
                .dueAt(
                        received.atZone(calendar.settings().zone()),
                        ProcessingTime.parse(workingDays).orElseThrow())
                .toInstant();
    }

    /** An action that needs only its reason (a supplement request, a suspension). */
    public static Command withReason(Action action, String reason) {
        return new Command(
                action, Optional.of(reason), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A hand-over to {@code agency} (and {@code person}, if given) with its step's working days. */
    public static Command handOver(String reason, String agency, Optional<String> person, String workingDays) {
        return new Command(
                Action.HAND_OVER,
                Optional.of(reason),
                Optional.of(agency),
                person,
                Optional.of(new BigDecimal(workingDays)),
                Optional.empty());
    }
}
