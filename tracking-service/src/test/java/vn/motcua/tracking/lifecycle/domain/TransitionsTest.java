package vn.motcua.tracking.lifecycle.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.tracking.calendar.domain.Outcome;

class TransitionsTest {

    @ParameterizedTest
    @EnumSource(
            value = TrackedStatus.class,
            names = {"WITHDRAWN", "SUSPENDED", "RETURNED"})
    void finalStatusesAllowNothing(TrackedStatus s) {
        assertTrue(Transitions.allowed(s).isEmpty());
        for (Action a : Action.values()) {
            assertEquals(Optional.empty(), Transitions.next(s, a));
        }
    }

    @Test
    void theHappyPath() {
        assertEquals(
                Optional.of(TrackedStatus.PROCESSING),
                Transitions.next(TrackedStatus.RECEIVED, Action.START_PROCESSING));
        assertEquals(
                Optional.of(TrackedStatus.SUPPLEMENT_REQUESTED),
                Transitions.next(TrackedStatus.PROCESSING, Action.REQUEST_SUPPLEMENT));
        assertEquals(
                Optional.of(TrackedStatus.PROCESSING),
                Transitions.next(TrackedStatus.SUPPLEMENT_REQUESTED, Action.SUPPLEMENT_RECEIVED));
        assertEquals(
                Optional.of(TrackedStatus.PAYMENT_REQUESTED),
                Transitions.next(TrackedStatus.PROCESSING, Action.REQUEST_PAYMENT));
        assertEquals(
                Optional.of(TrackedStatus.PROCESSING),
                Transitions.next(TrackedStatus.PAYMENT_REQUESTED, Action.PAYMENT_RECEIVED));
        assertEquals(Optional.of(TrackedStatus.RESOLVED), Transitions.next(TrackedStatus.PROCESSING, Action.RESOLVE));
        assertEquals(
                Optional.of(TrackedStatus.RETURNED), Transitions.next(TrackedStatus.RESOLVED, Action.RETURN_RESULT));
    }

    @Test
    void aPausedDossierCanOnlyResumeStopOrBeWithdrawn() {
        assertEquals(
                EnumSet.of(Action.SUPPLEMENT_RECEIVED, Action.SUSPEND, Action.WITHDRAW),
                EnumSet.copyOf(Transitions.allowed(TrackedStatus.SUPPLEMENT_REQUESTED)));
    }

    @Test
    void aResolvedDossierIsReturnedOrApologisedForNothingElse() {
        assertEquals(
                EnumSet.of(Action.RETURN_RESULT, Action.APOLOGIZE),
                EnumSet.copyOf(Transitions.allowed(TrackedStatus.RESOLVED)));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyActionIsAllowedSomewhereAndHasItsOwnEventType(Action a) {
        boolean somewhere = false;
        for (TrackedStatus s : TrackedStatus.values()) {
            somewhere |= Transitions.next(s, a).isPresent();
        }
        assertTrue(somewhere, a + " is reachable");
        assertTrue(a.eventType().startsWith("DOSSIER_"));
        assertFalse(a.label.isBlank());
    }

    @Test
    void eventTypesAreDistinct() {
        Set<String> types = new java.util.HashSet<>();
        for (Action a : Action.values()) {
            assertTrue(types.add(a.eventType()), a.eventType());
        }
    }

    @ParameterizedTest
    @EnumSource(TrackedStatus.class)
    void theClockEndsExactlyAtTheFinishingStatuses(TrackedStatus s) {
        boolean expected = s == TrackedStatus.RESOLVED
                || s == TrackedStatus.WITHDRAWN
                || s == TrackedStatus.SUSPENDED
                || s == TrackedStatus.RETURNED;
        assertEquals(expected, Transitions.ends(s));
    }

    @Test
    void anApologyAfterResolutionIsOnlyForALateResult() {
        var refused = Transitions.refusal(TrackedStatus.RESOLVED, Outcome.ON_TIME, false, Action.APOLOGIZE, false);
        assertEquals(List.of(Action.RETURN_RESULT), refused.orElseThrow().instead());
        assertTrue(Transitions.refusal(TrackedStatus.RESOLVED, Outcome.LATE, false, Action.APOLOGIZE, false)
                .isEmpty());
        // Before resolution there is no outcome yet: an apology for a coming delay is allowed.
        assertTrue(Transitions.refusal(TrackedStatus.PROCESSING, null, false, Action.APOLOGIZE, false)
                .isEmpty());
        assertEquals(List.of(Action.RETURN_RESULT), Transitions.offered(TrackedStatus.RESOLVED, Outcome.EARLY, false));
    }

    @Test
    void aLateResultIsReturnedOnlyAfterItsApologyExceptInALegacyReplay() {
        var refused = Transitions.refusal(TrackedStatus.RESOLVED, Outcome.LATE, false, Action.RETURN_RESULT, false);
        assertEquals(List.of(Action.APOLOGIZE), refused.orElseThrow().instead());
        assertTrue(refused.get().reason().contains("mẫu 04"));
        assertTrue(Transitions.refusal(TrackedStatus.RESOLVED, Outcome.LATE, true, Action.RETURN_RESULT, false)
                .isEmpty());
        assertTrue(Transitions.refusal(TrackedStatus.RESOLVED, Outcome.LATE, false, Action.RETURN_RESULT, true)
                .isEmpty());
        assertEquals(List.of(Action.APOLOGIZE), Transitions.offered(TrackedStatus.RESOLVED, Outcome.LATE, false));
        assertEquals(
                List.of(Action.RETURN_RESULT, Action.APOLOGIZE),
                Transitions.offered(TrackedStatus.RESOLVED, Outcome.LATE, true));
    }

    @ParameterizedTest
    @EnumSource(TrackedStatus.class)
    void everyStatusHasAVietnameseLabelOfItsOwn(TrackedStatus s) {
        assertFalse(s.label.isBlank());
        assertEquals(
                1,
                java.util.Arrays.stream(TrackedStatus.values())
                        .filter(t -> t.label.equals(s.label))
                        .count(),
                s.label);
    }
}
