package vn.motcua.notification.message.domain;

import java.util.List;

/**
 * What a template may print; dates are already in Vietnamese words ("11 giờ 30 phút, ngày 03/12/2026") and the
 * outcome too ("trước hạn", "đúng hạn", "quá hạn"). {@code ratingLink} is set for the messages that end a dossier
 * (RETURNED, NOT_ACCEPTED): the signed one-use link to rate its handling. {@code to} says how the applicant is
 * addressed: a citizen as "Ông/Bà", a business or an organisation by its name. {@code restartsClock} is true when the
 * procedure restarts its whole processing time from a complete supplement instead of pausing it (the messages about
 * a supplement say which).
 */
public record MessageData(
        String code,
        Addressee to,
        String agency,
        String procedure,
        String appointment,
        String reason,
        List<String> reasons,
        String newAppointment,
        String outcome,
        String ratingLink,
        boolean restartsClock) {

    /** The resolution outcome of tracking's events in words; null when the event has none. */
    public static String outcomeInWords(String outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "EARLY" -> "trước hạn";
            case "ON_TIME" -> "đúng hạn";
            case "LATE" -> "quá hạn";
            default -> null;
        };
    }
}
