package vn.motcua.tracking.lifecycle.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** The part of intake's dossier event that tracking reads (its own copy: services share no classes). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntakeEvent(
        String eventId,
        String type,
        String dossierCode,
        Instant occurredAt,
        String agencyCode,
        String agencyName,
        String procedureCode,
        String procedureName,
        String channel,
        Applicant applicant,
        Instant receivedAt,
        Instant appointmentAt,
        String workingDays,
        String supplementPolicy,
        Components components) {

    public static final String RECEIVED = "DOSSIER_RECEIVED";
    public static final String NOT_ACCEPTED = "DOSSIER_NOT_ACCEPTED";
    /** The applicant sent asked-for papers online at occurredAt. */
    public static final String SUPPLEMENT_SUBMITTED = "DOSSIER_SUPPLEMENT_SUBMITTED";

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code type}: CITIZEN, BUSINESS or ORGANISATION (null on events written before it was read). */
    public record Applicant(String idHash, String fullName, String type) {}

    /** How many components the dossier came with, and how many as files; absent on older events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Components(int received, int digitised) {}
}
