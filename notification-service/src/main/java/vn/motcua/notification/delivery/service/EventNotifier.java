package vn.motcua.notification.delivery.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.notification.delivery.config.DeliverySettings;
import vn.motcua.notification.delivery.domain.ProcessedEvent;
import vn.motcua.notification.message.domain.MessageData;
import vn.motcua.notification.message.domain.MessageKind;
import vn.motcua.notification.recipient.domain.Recipient;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Handles one event from either topic in the consumer's transaction: the inbox row, the recipient's
 * contact details (intake's events), and the deliveries it calls for. Redelivered events stop at the inbox.
 */
@ApplicationScoped
public class EventNotifier {
    private static final List<String> DATES = List.of("appointmentAt", "dueAt", "newAppointmentAt");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    private final DeliveryPlanner planner;
    private final DeliverySettings settings;
    private final MeterRegistry registry;
    private final Clock clock;

    public EventNotifier(DeliveryPlanner planner, DeliverySettings settings, MeterRegistry registry, Clock clock) {
        this.planner = planner;
        this.settings = settings;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(JsonNode event, String topic) {
        String eventId = event.path("eventId").asText("");
        String type = event.path("type").asText("");
        String code = event.path("dossierCode").asText("");
        if (eventId.isBlank() || type.isBlank() || code.isBlank()) {
            throw new IllegalArgumentException("event without eventId, type or dossierCode");
        }
        Optional<MessageKind> kind = MessageKind.forEvent(type); // an unknown type throws: dead-letter topic
        DATES.forEach(field -> when(text(event, field))); // an unreadable date throws before anything is written
        if (!ProcessedEvent.markProcessed(eventId, topic)) {
            registry.counter("notification_events_duplicate_total", "topic", topic).increment();
            return;
        }
        registry.counter("notification_events_handled_total", "topic", topic, "type", type).increment();
        Optional<Recipient> recipient = event.has("applicant") ? Optional.of(remember(event, code)) : Recipient.forDossier(code);
        if (kind.isEmpty()) {
            return;
        }
        if (recipient.isEmpty()) {
            Log.infof("no contact details for %s (received before the notifier knew it): %s not sent", code, type);
            registry.counter("notification_no_recipient_total", "type", type).increment();
            return;
        }
        Recipient r = recipient.get();
        if (kind.get() == MessageKind.APPOINTMENT) {
            if (!r.appointmentPending) {
                return; // the receipt message already gave the appointment
            }
            r.appointmentPending = false;
        }
        String holding = Optional.ofNullable(text(event, "agencyCode")).orElse(r.agencyCode);
        planner.plan(eventId, kind.get(), r, holding, data(event, r, kind.get()), clock.instant());
    }

    private Recipient remember(JsonNode e, String code) {
        Recipient r = Recipient.<Recipient>findByIdOptional(code).orElseGet(Recipient::new);
        JsonNode a = e.get("applicant");
        r.dossierCode = code;
        r.agencyCode = e.path("agencyCode").asText();
        r.agencyName = text(e, "agencyName");
        r.procedureName = text(e, "procedureName");
        r.fullName = a.path("fullName").asText();
        r.email = text(a, "email");
        r.phone = text(a, "phone");
        r.applicantIdHash = a.path("idHash").asText();
        r.appointmentPending = "DOSSIER_RECEIVED".equals(e.path("type").asText()) && text(e, "appointmentAt") == null;
        r.updatedAt = clock.instant();
        r.persist();
        return r;
    }

    private MessageData data(JsonNode e, Recipient r, MessageKind kind) {
        String appointment = when(text(e, kind == MessageKind.RECEIVED ? "appointmentAt" : "dueAt"));
        List<String> reasons = new ArrayList<>();
        e.path("reasons").forEach(x -> reasons.add(x.asText()));
        return new MessageData(r.dossierCode, r.fullName, r.agencyName == null ? "Cơ quan " + r.agencyCode : r.agencyName,
                r.procedureName == null ? "" : r.procedureName, appointment, text(e, "reason"), reasons,
                when(text(e, "newAppointmentAt")), MessageData.outcomeInWords(text(e, "outcome")));
    }

    private String when(String iso) {
        return iso == null ? null : Instant.parse(iso).atZone(settings.zone()).format(WHEN);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
