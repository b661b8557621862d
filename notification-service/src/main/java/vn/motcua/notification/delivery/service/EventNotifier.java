package vn.motcua.notification.delivery.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.notification.common.persistence.CommittedCounters;
import vn.motcua.notification.delivery.config.DeliverySettings;
import vn.motcua.notification.message.domain.Addressee;
import vn.motcua.notification.message.domain.MessageData;
import vn.motcua.notification.message.domain.MessageKind;
import vn.motcua.notification.recipient.domain.Recipient;
import vn.motcua.notification.security.ApplicantIdHash;
import vn.motcua.notification.security.RatingLinks;

/**
 * What one event means for the notifier, in the consuming transaction: the recipient's contact details
 * (intake's events) and the deliveries it calls for. {@link EventBatch} keeps the inbox around it.
 */
@ApplicationScoped
public class EventNotifier {
    private static final List<String> DATES = List.of("appointmentAt", "dueAt", "newAppointmentAt");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    private final DeliveryPlanner planner;
    private final DeliverySettings settings;
    private final CommittedCounters counters;
    private final Clock clock;
    private final ApplicantIdHash idHash;
    private final RatingLinks ratingLinks;

    public EventNotifier(
            DeliveryPlanner planner,
            DeliverySettings settings,
            CommittedCounters counters,
            Clock clock,
            ApplicantIdHash idHash) {
        this.idHash = idHash;
        this.ratingLinks = RatingLinks.of(idHash);
        this.planner = planner;
        this.settings = settings;
        this.counters = counters;
        this.clock = clock;
    }

    /** What applying an event did. */
    public enum Outcome {
        PLANNED,
        NOTHING,
        PARK
    }

    /** Everything that makes an event poison is found here, before anything is written: it throws. */
    public void check(JsonNode event) {
        String eventId = event.path("eventId").asText("");
        String type = event.path("type").asText("");
        String code = event.path("dossierCode").asText("");
        if (eventId.isBlank() || type.isBlank() || code.isBlank()) {
            throw new IllegalArgumentException("event without eventId, type or dossierCode");
        }
        MessageKind.forEvent(type); // an unknown type throws: dead-letter topic
        DATES.forEach(field -> when(text(event, field))); // an unreadable date throws
    }

    /**
     * True, and counted as handled, for a checked event that can neither plan a message nor bring contact details,
     * as the event alone shows: a silent type, tracking's deadline when the receipt already gave the appointment, a
     * moved deadline after the apology gave its own date, a citizen's message about a dossier imported into tracking
     * (no contact details exist for it; counted in notification_imported_no_contact_total). Such an event needs no
     * inbox row (it has no effect to repeat), so its poll does not touch the database for it.
     */
    public boolean skip(JsonNode event, String topic) {
        if (event.has("applicant")) {
            return false;
        }
        String type = event.path("type").asText();
        MessageKind kind = MessageKind.forEvent(type).orElse(null);
        boolean nothing = kind == null
                || kind == MessageKind.APPOINTMENT
                        && event.path("appointmentGiven").asBoolean(false)
                || kind == MessageKind.DEADLINE_CHANGED && text(event, "newAppointmentAt") != null;
        boolean noContact = !nothing && imported(event) && !kind.forOfficers;
        if (noContact) {
            counters.increment("notification_imported_no_contact_total", "type", type);
        }
        if (nothing || noContact) {
            counters.increment("notification_events_handled_total", "topic", topic, "type", type);
        }
        return nothing || noContact;
    }

    /**
     * Applies a checked event seen for the first time, with the recipients of its batch at hand ({@code known}
     * gains the ones an intake event brings). PARK when its dossier's contact details are not known yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(JsonNode event, String topic, Map<String, Recipient> known) {
        String type = event.path("type").asText();
        String code = event.path("dossierCode").asText();
        Optional<MessageKind> kind = MessageKind.forEvent(type);
        counters.increment("notification_events_handled_total", "topic", topic, "type", type);
        Optional<Recipient> recipient = event.has("applicant")
                ? Optional.of(remember(event, code, known))
                : Optional.ofNullable(known.get(code));
        if (kind.isEmpty()) {
            return Outcome.NOTHING;
        }
        if (recipient.isEmpty() && imported(event)) {
            // Imported into tracking: no contact details will come, so nothing waits for them. The agency's own
            // warnings need none (they go to its mailbox); a citizen's message has nobody to go to.
            if (!kind.get().forOfficers) {
                return Outcome.NOTHING;
            }
            recipient = Optional.of(importedDossier(event, code));
        }
        if (recipient.isEmpty()) {
            return Outcome.PARK;
        }
        Recipient r = recipient.get();
        if (kind.get() == MessageKind.APPOINTMENT) {
            if (!r.appointmentPending) {
                return Outcome.NOTHING; // the receipt message already gave the appointment
            }
            r.appointmentPending = false;
        }
        if (kind.get() == MessageKind.DEADLINE_CHANGED && text(event, "newAppointmentAt") != null) {
            return Outcome.NOTHING; // the apology (form 04) gave the citizen their date, and it does not move
        }
        String holding = Optional.ofNullable(text(event, "agencyCode")).orElse(r.agencyCode);
        planner.plan(
                event.path("eventId").asText(), kind.get(), r, holding, data(event, r, kind.get()), clock.instant());
        return Outcome.PLANNED;
    }

    private Recipient remember(JsonNode e, String code, Map<String, Recipient> known) {
        Recipient r = known.get(code);
        boolean isNew = r == null;
        r = isNew ? new Recipient() : r;
        JsonNode a = e.get("applicant");
        r.dossierCode = code;
        r.agencyCode = e.path("agencyCode").asText();
        r.agencyName = text(e, "agencyName");
        r.procedureName = text(e, "procedureName");
        r.fullName = a.path("fullName").asText();
        r.applicantType = text(a, "type");
        r.email = text(a, "email");
        r.phone = text(a, "phone");
        // An event written before the keyed hash (still in the topic at upgrade) is re-keyed like stored values.
        String published = a.path("idHash").asText();
        r.applicantIdHash = idHash.rekeyLegacy(published).orElse(published);
        String type = e.path("type").asText();
        if (isNew || !"DOSSIER_SUPPLEMENT_SUBMITTED".equals(type)) {
            // Papers sent later say nothing of the appointment: one still to come is still to be told.
            r.appointmentPending = "DOSSIER_RECEIVED".equals(type) && text(e, "appointmentAt") == null;
        }
        r.updatedAt = clock.instant();
        if (isNew) {
            r.persist();
            known.put(code, r);
        }
        return r;
    }

    /** Not stored: what an officer's warning about an imported dossier needs, from the event alone. */
    private static Recipient importedDossier(JsonNode e, String code) {
        Recipient r = new Recipient();
        r.dossierCode = code;
        r.agencyCode = e.path("agencyCode").asText();
        r.procedureName = "mã thủ tục " + e.path("procedureCode").asText();
        r.fullName = "";
        return r;
    }

    private static boolean imported(JsonNode event) {
        return event.path("imported").asBoolean(false);
    }

    private MessageData data(JsonNode e, Recipient r, MessageKind kind) {
        String appointment = when(text(e, kind == MessageKind.RECEIVED ? "appointmentAt" : "dueAt"));
        List<String> reasons = new ArrayList<>();
        e.path("reasons").forEach(x -> reasons.add(x.asText()));
        return new MessageData(
                r.dossierCode,
                Addressee.of(r.applicantType, r.fullName),
                kind == MessageKind.APOLOGY ? apologising(e, r) : agency(r),
                r.procedureName == null ? "" : r.procedureName,
                appointment,
                text(e, "reason"),
                reasons,
                when(text(e, "newAppointmentAt")),
                MessageData.outcomeInWords(text(e, "outcome")),
                kind == MessageKind.RETURNED || kind == MessageKind.NOT_ACCEPTED ? ratingLink(r.dossierCode) : null,
                // tracking's supplement request and intake's papers-sent event both say how the clock treats them.
                "RESTART".equals(text(e, "supplementPolicy")));
    }

    private static String agency(Recipient r) {
        return r.agencyName == null ? "Cơ quan " + r.agencyCode : r.agencyName;
    }

    /**
     * Form 04 is written by the agency that let the dossier run late: after a hand-over not the receiving one, whose
     * name is all the recipient row has. tracking names it in the event; an older event gives only its code.
     */
    private static String apologising(JsonNode e, Recipient r) {
        String code = text(e, "actorAgency");
        return Optional.ofNullable(text(e, "actorAgencyName"))
                .orElseGet(() -> code == null || code.equals(r.agencyCode) ? agency(r) : "Cơ quan " + code);
    }

    /** The page to rate the dossier, with a sealed token: no code, name or ID number readable in the URL. */
    private String ratingLink(String code) {
        var link = settings.ratingLink();
        String token = ratingLinks.seal(code, clock.instant().plus(link.ttl()));
        return link.baseUrl().replaceAll("/+$", "") + "/#/danh-gia/" + token;
    }

    private String when(String iso) {
        return iso == null ? null : Instant.parse(iso).atZone(settings.zone()).format(WHEN);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
