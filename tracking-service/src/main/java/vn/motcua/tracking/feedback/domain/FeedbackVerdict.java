package vn.motcua.tracking.feedback.domain;

/** What the citizen thought of the agency's answer. */
public enum FeedbackVerdict {
    SATISFIED("Hài lòng"),
    DISSATISFIED("Không hài lòng");

    public final String label;

    FeedbackVerdict(String label) {
        this.label = label;
    }
}
