package vn.motcua.intake.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Sends one dossier's unsent changes in order: the record after each change (create first, then updates), then
 * the change's progress line if it is a processing step. Stops at the first call that must be retried or that the
 * portal rejects, so nothing is ever sent out of order. Safe to repeat: a create the portal already holds
 * ("đã tồn tại", e.g. after an answer lost to a time-out) becomes an update, and a repeated identical call
 * changes nothing there.
 *
 * <p>A pass repeated after a crash (the dossier's lease ran out with nothing recorded: its calls may have reached
 * the portal) first sends the record as it stands after the last unsent change, then the progress lines in order:
 * the portal never sees an older state after a newer one, and identical repeats change nothing there.
 */
public final class DossierSync {
    /** The gateway, as the sync needs it. */
    public interface Gateway {
        GatewayAnswer call(String service, boolean updating, Map<String, Object> data);
    }

    public enum End {
        DONE,
        RETRY,
        REJECTED,
        OUT_OF_TIME
    }

    /** Where a pass got to: which items are now fully or partly sent, and why it stopped. */
    public record Outcome(End end, boolean created, List<Long> sent, List<Long> recordSent, Optional<String> message) {}

    private DossierSync() {}

    /**
     * {@code items}: every change of the dossier in order, sent or not; {@code inTime}: false once the pass must end.
     */
    public static Outcome run(
            DossierFacts facts, List<SyncItem> items, boolean created, Gateway gateway, BooleanSupplier inTime) {
        return run(facts, items, created, false, gateway, inTime);
    }

    /** As above; {@code replay}: the dossier's previous pass was lost to a crash after its calls may have gone. */
    public static Outcome run(
            DossierFacts facts,
            List<SyncItem> items,
            boolean created,
            boolean replay,
            Gateway gateway,
            BooleanSupplier inTime) {
        List<Long> sent = new ArrayList<>();
        List<Long> recordSent = new ArrayList<>();
        List<SyncItem> unsent = items.stream().filter(i -> !i.sent()).toList();
        boolean onPortal = created;
        if (replay && !unsent.isEmpty() && (!onPortal || unsent.stream().anyMatch(i -> !i.recordSent()))) {
            if (!inTime.getAsBoolean()) {
                return new Outcome(End.OUT_OF_TIME, onPortal, sent, recordSent, Optional.empty());
            }
            Pushed p = pushRecord(facts, items, unsent.get(unsent.size() - 1), onPortal, gateway);
            onPortal = p.onPortal();
            if (!p.answer().is(GatewayAnswer.Kind.OK)) {
                return stopped(p.answer(), onPortal, sent, recordSent);
            }
            unsent.stream()
                    .filter(i -> !i.recordSent())
                    .forEach(i -> recordSent.add(i.id())); // the newest stands for all
        }
        for (SyncItem item : unsent) {
            if (!inTime.getAsBoolean()) {
                return new Outcome(End.OUT_OF_TIME, onPortal, sent, recordSent, Optional.empty());
            }
            if (!item.recordSent() && !recordSent.contains(item.id())) {
                Pushed p = pushRecord(facts, items, item, onPortal, gateway);
                onPortal = p.onPortal();
                if (!p.answer().is(GatewayAnswer.Kind.OK)) {
                    return stopped(p.answer(), onPortal, sent, recordSent);
                }
                recordSent.add(item.id());
            }
            if (item.progressText().isPresent() && item.status().isPresent()) {
                GatewayAnswer a = gateway.call(PortalCodes.PROGRESS, true, PortalRequests.progress(facts, item));
                if (a.is(GatewayAnswer.Kind.UNKNOWN_DOSSIER)) {
                    // The portal lost the dossier: create it again on the next pass, from the start.
                    return new Outcome(End.RETRY, false, sent, recordSent, Optional.of(a.message()));
                }
                if (!a.is(GatewayAnswer.Kind.OK)) {
                    return stopped(a, onPortal, sent, recordSent);
                }
            }
            sent.add(item.id());
        }
        return new Outcome(End.DONE, onPortal, sent, recordSent, Optional.empty());
    }

    private record Pushed(GatewayAnswer answer, boolean onPortal) {}

    /** The record after {@code item}: a create, or an update, switched once if the portal knows better. */
    private static Pushed pushRecord(
            DossierFacts facts, List<SyncItem> items, SyncItem item, boolean onPortal, Gateway gateway) {
        Map<String, Object> data = PortalRequests.dossier(facts, PortalRecord.fold(facts, items, item.id()));
        GatewayAnswer a = gateway.call(PortalCodes.SYNC_DOSSIER, onPortal, data);
        if (a.is(GatewayAnswer.Kind.EXISTS) && !onPortal || a.is(GatewayAnswer.Kind.UNKNOWN_DOSSIER) && onPortal) {
            onPortal = !onPortal; // the portal knows better whether it holds the dossier
            a = gateway.call(PortalCodes.SYNC_DOSSIER, onPortal, data);
        }
        return new Pushed(a, a.is(GatewayAnswer.Kind.OK) || onPortal);
    }

    private static Outcome stopped(GatewayAnswer a, boolean onPortal, List<Long> sent, List<Long> recordSent) {
        End end = a.is(GatewayAnswer.Kind.INVALID) ? End.REJECTED : End.RETRY;
        return new Outcome(end, onPortal, sent, recordSent, Optional.of(a.message()));
    }
}
