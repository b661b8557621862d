package vn.motcua.notification.message.domain;

import java.util.Optional;
import java.util.Set;

/**
 * The messages the notifier sends, each from a template in resources/templates/messages: to the citizen
 * for what they care about, to the agency's mailbox for officers' due-soon and overdue warnings.
 */
public enum MessageKind {
    RECEIVED("received", false),
    NOT_ACCEPTED("not-accepted", false),
    APPOINTMENT("appointment", false),
    SUPPLEMENT_REQUESTED("supplement-requested", false),
    SUPPLEMENT_SENT("supplement-sent", false),
    SUPPLEMENT_RECEIVED("supplement-received", false),
    PAYMENT_REQUESTED("payment-requested", false),
    SUSPENDED("suspended", false),
    RESOLVED("resolved", false),
    APOLOGY("apology", false),
    WITHDRAWN("withdrawn", false),
    RETURNED("returned", false),
    DUE_SOON("due-soon", true),
    OVERDUE("overdue", true),
    DEADLINE_CHANGED("deadline-changed", false),
    STEP_OVERDUE("step-overdue", true),
    STEP_DUE_SOON("step-due-soon", true);

    /**
     * Events that exist and are deliberately not messages: officers' own steps, a submission before acceptance, a
     * payment the citizen made themselves.
     */
    private static final Set<String> SILENT = Set.of(
            "DOSSIER_SUBMITTED",
            "DOSSIER_PROCESSING_STARTED",
            "DOSSIER_HANDED_OVER",
            "DOSSIER_PAYMENT_RECEIVED",
            "DOSSIER_AGENCY_MERGED");

    public final String template;
    public final boolean forOfficers;

    MessageKind(String template, boolean forOfficers) {
        this.template = template;
        this.forOfficers = forOfficers;
    }

    /**
     * The message an event type calls for; empty for a known silent type. DOSSIER_DEADLINE_SET maps to
     * APPOINTMENT, which is only sent when the receipt went out without an appointment.
     *
     * @throws IllegalArgumentException for a type nobody publishes (the event goes to the dead-letter topic)
     */
    public static Optional<MessageKind> forEvent(String type) {
        MessageKind kind = switch (type) {
            case "DOSSIER_RECEIVED" -> RECEIVED;
            case "DOSSIER_NOT_ACCEPTED" -> NOT_ACCEPTED;
            case "DOSSIER_DEADLINE_SET" -> APPOINTMENT;
            case "DOSSIER_SUPPLEMENT_REQUESTED" -> SUPPLEMENT_REQUESTED;
            case "DOSSIER_SUPPLEMENT_SUBMITTED" -> SUPPLEMENT_SENT; // intake: papers sent online, not yet checked
            case "DOSSIER_SUPPLEMENT_RECEIVED" -> SUPPLEMENT_RECEIVED; // the appointment moved (or restarted)
            case "DOSSIER_PAYMENT_REQUESTED" -> PAYMENT_REQUESTED;
            case "DOSSIER_SUSPENDED" -> SUSPENDED; // form 05: the citizen is told, with the reason
            case "DOSSIER_RESOLVED" -> RESOLVED;
            case "DOSSIER_APOLOGY_ISSUED" -> APOLOGY;
            case "DOSSIER_WITHDRAWN" -> WITHDRAWN;
            case "DOSSIER_RETURNED" -> RETURNED;
            case "DOSSIER_DUE_SOON" -> DUE_SOON;
            case "DOSSIER_OVERDUE" -> OVERDUE;
            case "DOSSIER_DEADLINE_CHANGED" -> DEADLINE_CHANGED;
            case "DOSSIER_STEP_OVERDUE" -> STEP_OVERDUE;
            case "DOSSIER_STEP_DUE_SOON" -> STEP_DUE_SOON;
            default -> null;
        };
        if (kind == null && !SILENT.contains(type)) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        return Optional.ofNullable(kind);
    }
}
