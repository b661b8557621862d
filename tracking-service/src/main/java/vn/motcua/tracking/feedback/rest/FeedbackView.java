package vn.motcua.tracking.feedback.rest;

import java.time.Instant;
import java.util.Optional;
import vn.motcua.tracking.feedback.domain.Feedback;

/**
 * A feedback as its author sees it (code and contact): what they wrote, the due date, the answer and their verdict.
 * Not who answered: the agency answers, not a named officer.
 */
public record FeedbackView(
        String code,
        String agencyCode,
        Optional<String> dossierCode,
        String content,
        String stage,
        String stageLabel,
        Instant filedAt,
        Instant dueAt,
        boolean overdue,
        Optional<String> answer,
        Optional<Instant> answeredAt,
        Optional<String> verdictLabel) {
    static FeedbackView of(Feedback f, Instant now) {
        return new FeedbackView(
                f.code,
                f.agencyCode,
                Optional.ofNullable(f.dossierCode),
                f.content,
                f.stage().name(),
                f.stage().label,
                f.filedAt,
                f.dueAt,
                f.overdue(now),
                Optional.ofNullable(f.answer),
                Optional.ofNullable(f.answeredAt),
                Optional.ofNullable(f.verdict).map(v -> v.label));
    }
}
