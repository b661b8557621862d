package vn.motcua.tracking.feedback.rest;

import java.time.Instant;
import java.util.Optional;
import vn.motcua.tracking.feedback.domain.Feedback;

/**
 * A feedback on the officers' desk: with the contact to reach the author (none once erased after the retention
 * period: {@code contactErased}), and who answered.
 */
public record FeedbackDeskItem(
        String code,
        String agencyCode,
        Optional<String> dossierCode,
        Optional<String> contactName,
        Optional<String> contactEmail,
        Optional<String> contactPhone,
        boolean contactErased,
        String content,
        String stageLabel,
        Instant filedAt,
        Instant dueAt,
        boolean overdue,
        Optional<String> answer,
        Optional<String> answeredBy,
        Optional<String> verdictLabel) {
    static FeedbackDeskItem of(Feedback f, Instant now) {
        return new FeedbackDeskItem(
                f.code,
                f.agencyCode,
                Optional.ofNullable(f.dossierCode),
                Optional.ofNullable(f.contactName),
                Optional.ofNullable(f.contactEmail),
                Optional.ofNullable(f.contactPhone),
                f.contactErasedAt != null,
                f.content,
                f.stage().label,
                f.filedAt,
                f.dueAt,
                f.overdue(now),
                Optional.ofNullable(f.answer),
                Optional.ofNullable(f.answeredBy),
                Optional.ofNullable(f.verdict).map(v -> v.label));
    }
}
