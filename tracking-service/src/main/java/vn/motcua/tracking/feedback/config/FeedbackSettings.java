package vn.motcua.tracking.feedback.config;

import io.smallrye.config.ConfigMapping;

/**
 * How long an agency has to answer feedback, in working days of the platform's calendar; and how long after the
 * answer the author's contact is kept (calendar days).
 */
@ConfigMapping(prefix = "tracking.feedback")
public interface FeedbackSettings {
    int answerWorkingDays();

    int contactRetentionDays();

    /** How often the contacts past retention are erased (the scheduler's {@code every}; "off" in tests). */
    String eraseContactsEvery();
}
