package vn.motcua.tracking.feedback.config;

import io.smallrye.config.ConfigMapping;

/** How long an agency has to answer feedback, in working days of the platform's calendar. */
@ConfigMapping(prefix = "tracking.feedback")
public interface FeedbackSettings {
    int answerWorkingDays();
}
