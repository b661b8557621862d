package vn.motcua.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.notification.message.domain.MessageKind;

class MessageKindTest {

    @Test
    void eventsCitizensCareAboutBecomeMessages() {
        assertEquals(Optional.of(MessageKind.RECEIVED), MessageKind.forEvent("DOSSIER_RECEIVED"));
        assertEquals(Optional.of(MessageKind.NOT_ACCEPTED), MessageKind.forEvent("DOSSIER_NOT_ACCEPTED"));
        assertEquals(
                Optional.of(MessageKind.SUPPLEMENT_REQUESTED), MessageKind.forEvent("DOSSIER_SUPPLEMENT_REQUESTED"));
        assertEquals(Optional.of(MessageKind.SUPPLEMENT_SENT), MessageKind.forEvent("DOSSIER_SUPPLEMENT_SUBMITTED"));
        assertEquals(Optional.of(MessageKind.SUPPLEMENT_RECEIVED), MessageKind.forEvent("DOSSIER_SUPPLEMENT_RECEIVED"));
        assertEquals(Optional.of(MessageKind.PAYMENT_REQUESTED), MessageKind.forEvent("DOSSIER_PAYMENT_REQUESTED"));
        assertEquals(Optional.of(MessageKind.SUSPENDED), MessageKind.forEvent("DOSSIER_SUSPENDED"));
        assertEquals(Optional.of(MessageKind.RESOLVED), MessageKind.forEvent("DOSSIER_RESOLVED"));
        assertEquals(Optional.of(MessageKind.APOLOGY), MessageKind.forEvent("DOSSIER_APOLOGY_ISSUED"));
        assertEquals(Optional.of(MessageKind.WITHDRAWN), MessageKind.forEvent("DOSSIER_WITHDRAWN"));
        assertEquals(Optional.of(MessageKind.RETURNED), MessageKind.forEvent("DOSSIER_RETURNED"));
        assertEquals(Optional.of(MessageKind.APPOINTMENT), MessageKind.forEvent("DOSSIER_DEADLINE_SET"));
        assertEquals(Optional.of(MessageKind.DEADLINE_CHANGED), MessageKind.forEvent("DOSSIER_DEADLINE_CHANGED"));
        assertTrue(MessageKind.forEvent("DOSSIER_OVERDUE").orElseThrow().forOfficers);
        assertTrue(MessageKind.forEvent("DOSSIER_DUE_SOON").orElseThrow().forOfficers);
        assertTrue(MessageKind.forEvent("DOSSIER_STEP_OVERDUE").orElseThrow().forOfficers);
        assertTrue(MessageKind.forEvent("DOSSIER_STEP_DUE_SOON").orElseThrow().forOfficers);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DOSSIER_SUBMITTED",
                "DOSSIER_HANDED_OVER",
                "DOSSIER_PROCESSING_STARTED",
                "DOSSIER_PAYMENT_RECEIVED",
                "DOSSIER_AGENCY_MERGED"
            })
    void officersOwnStepsAreKnownAndSilent(String type) {
        assertEquals(Optional.empty(), MessageKind.forEvent(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "dossier_received", "DOSSIER_EXPLODED"})
    void anUnknownTypeIsRefused(String type) {
        assertThrows(IllegalArgumentException.class, () -> MessageKind.forEvent(type));
    }
}
