package vn.motcua.intake.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.portal.domain.DossierFacts;
import vn.motcua.intake.portal.domain.DossierSync;
import vn.motcua.intake.portal.domain.GatewayAnswer;
import vn.motcua.intake.portal.domain.PortalCodes;
import vn.motcua.intake.portal.domain.SyncItem;

class DossierSyncTest {
    static final Instant T0 = Instant.parse("2026-12-02T02:00:00Z");
    static final DossierFacts FACTS = new DossierFacts(
            "000.00.12.H57-261202-0001",
            "000.00.12.H57",
            "1.001612",
            "Đăng ký hộ kinh doanh",
            Optional.of("HKD"),
            "ONLINE",
            "CITIZEN",
            "Nguyễn Văn An",
            "019095012345",
            T0,
            Optional.of(Instant.parse("2026-12-05T10:00:00Z")),
            100_000,
            List.of());

    /** A gateway that answers from a script (OK once the script is used up) and remembers every call. */
    static final class Scripted implements DossierSync.Gateway {
        final Deque<GatewayAnswer> script = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();

        Scripted answer(GatewayAnswer.Kind... kinds) {
            for (GatewayAnswer.Kind k : kinds) {
                script.add(new GatewayAnswer(k, k.name()));
            }
            return this;
        }

        @Override
        public GatewayAnswer call(String service, boolean updating, Map<String, Object> data) {
            calls.add(service
                    + (service.equals(PortalCodes.SYNC_DOSSIER)
                            ? (updating ? ":update:" : ":create:") + data.get("TrangThaiHoSo")
                            : ":" + data.get("TrangThai")));
            return script.isEmpty() ? GatewayAnswer.ok() : script.poll();
        }
    }

    static SyncItem intake(long id, String type, int status) {
        return new SyncItem(id, type, status, T0.plusSeconds(id), Optional.empty(), false, false);
    }

    static SyncItem tracking(long id, String type, int status) {
        return new SyncItem(
                id,
                type,
                status,
                T0.plusSeconds(id),
                Optional.of(new SyncItem.StatusFacts(
                        "000.00.12.H57",
                        Optional.of(Instant.parse("2026-12-05T10:00:00Z")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("Lê Văn Cường"),
                        Optional.of("Chuyên viên"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())),
                false,
                false);
    }

    static final List<SyncItem> LIFE = List.of(
            intake(1, SyncItem.SUBMITTED, 1),
            intake(2, SyncItem.RECEIVED, 2),
            tracking(3, "DOSSIER_DEADLINE_SET", 2),
            tracking(4, "DOSSIER_PROCESSING_STARTED", 4),
            tracking(5, "DOSSIER_RESOLVED", 9));

    @Test
    void createsFirstThenUpdatesInOrderWithAProgressLineForEachStep() {
        Scripted gw = new Scripted();
        DossierSync.Outcome o = DossierSync.run(FACTS, LIFE, false, gw, () -> true);
        assertEquals(DossierSync.End.DONE, o.end());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), o.sent());
        assertEquals(
                List.of(
                        "DongBoHoSoMC:create:1",
                        "DongBoHoSoMC:update:2",
                        "DongBoHoSoMC:update:2",
                        "DongBoHoSoMC:update:4",
                        "CapNhatTienDoHoSoMC:4",
                        "DongBoHoSoMC:update:9",
                        "CapNhatTienDoHoSoMC:9"),
                gw.calls);
    }

    @Test
    void aCreateThePortalAlreadyHoldsBecomesAnUpdate() {
        Scripted gw = new Scripted().answer(GatewayAnswer.Kind.EXISTS);
        DossierSync.Outcome o = DossierSync.run(FACTS, LIFE.subList(0, 1), false, gw, () -> true);
        assertEquals(List.of("DongBoHoSoMC:create:1", "DongBoHoSoMC:update:1"), gw.calls);
        assertEquals(true, o.created());
        assertEquals(List.of(1L), o.sent());
    }

    @Test
    void anUpdateOfADossierThePortalLostCreatesItAgain() {
        Scripted gw = new Scripted().answer(GatewayAnswer.Kind.UNKNOWN_DOSSIER);
        DossierSync.run(FACTS, LIFE.subList(1, 2), true, gw, () -> true);
        assertEquals(List.of("DongBoHoSoMC:update:2", "DongBoHoSoMC:create:2"), gw.calls);
    }

    @Test
    void aFailedCallStopsTheDossierSoNothingIsSentOutOfOrder() {
        Scripted gw = new Scripted()
                .answer(
                        GatewayAnswer.Kind.OK,
                        GatewayAnswer.Kind.OK,
                        GatewayAnswer.Kind.OK,
                        GatewayAnswer.Kind.OK,
                        GatewayAnswer.Kind.RETRY);
        DossierSync.Outcome o = DossierSync.run(FACTS, LIFE, false, gw, () -> true);
        assertEquals(DossierSync.End.RETRY, o.end());
        assertEquals(List.of(1L, 2L, 3L), o.sent());
        assertEquals(List.of(1L, 2L, 3L, 4L), o.recordSent(), "item 4's record is there, its progress line is not");

        // The next pass starts with item 4's progress line, without sending its record again.
        List<SyncItem> after = List.of(
                sent(LIFE.get(0)),
                sent(LIFE.get(1)),
                sent(LIFE.get(2)),
                new SyncItem(
                        4,
                        "DOSSIER_PROCESSING_STARTED",
                        4,
                        LIFE.get(3).occurredAt(),
                        LIFE.get(3).status(),
                        true,
                        false),
                LIFE.get(4));
        Scripted next = new Scripted();
        assertEquals(
                DossierSync.End.DONE,
                DossierSync.run(FACTS, after, true, next, () -> true).end());
        assertEquals(List.of("CapNhatTienDoHoSoMC:4", "DongBoHoSoMC:update:9", "CapNhatTienDoHoSoMC:9"), next.calls);
    }

    @Test
    void aRejectionStopsTheDossierWithThePortalsReason() {
        Scripted gw = new Scripted().answer(GatewayAnswer.Kind.INVALID);
        DossierSync.Outcome o = DossierSync.run(FACTS, LIFE, false, gw, () -> true);
        assertEquals(DossierSync.End.REJECTED, o.end());
        assertEquals(Optional.of("INVALID"), o.message());
        assertEquals(List.of(), o.sent());
    }

    @Test
    void aPassOutOfTimeStopsBetweenChanges() {
        int[] budget = {2};
        Scripted gw = new Scripted();
        DossierSync.Outcome o = DossierSync.run(FACTS, LIFE, false, gw, () -> budget[0]-- > 0);
        assertEquals(DossierSync.End.OUT_OF_TIME, o.end());
        assertEquals(List.of(1L, 2L), o.sent());
    }

    @Test
    void sentChangesAreSkipped() {
        Scripted gw = new Scripted();
        DossierSync.run(FACTS, List.of(sent(LIFE.get(0)), LIFE.get(1)), true, gw, () -> true);
        assertEquals(List.of("DongBoHoSoMC:update:2"), gw.calls);
    }

    @Test
    void aPassRepeatedAfterACrashSendsTheNewestRecordFirstAndNeverAnOlderState() {
        // The lost pass had sent records 1, 2, 2, 4 and item 4's line, then the process died before recording them.
        Scripted gw = new Scripted();
        DossierSync.Outcome o = DossierSync.run(FACTS, LIFE, true, true, gw, () -> true);
        assertEquals(DossierSync.End.DONE, o.end());
        assertEquals(List.of("DongBoHoSoMC:update:9", "CapNhatTienDoHoSoMC:4", "CapNhatTienDoHoSoMC:9"), gw.calls);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), o.sent());
    }

    @Test
    void aReplayOfADossierNeverCreatedCreatesItWithItsNewestState() {
        Scripted gw = new Scripted().answer(GatewayAnswer.Kind.OK, GatewayAnswer.Kind.RETRY);
        DossierSync.Outcome o = DossierSync.run(FACTS, LIFE, false, true, gw, () -> true);
        assertEquals(List.of("DongBoHoSoMC:create:9", "CapNhatTienDoHoSoMC:4"), gw.calls);
        assertEquals(DossierSync.End.RETRY, o.end());
        assertEquals(List.of(1L, 2L, 3L), o.sent());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), o.recordSent(), "the next pass sends only the two lines");
    }

    private static SyncItem sent(SyncItem i) {
        return new SyncItem(i.id(), i.eventType(), i.nationalStatus(), i.occurredAt(), i.status(), true, true);
    }
}
