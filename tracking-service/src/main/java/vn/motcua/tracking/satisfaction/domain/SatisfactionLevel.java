package vn.motcua.tracking.satisfaction.domain;

/** The three-step scale the provincial public-service portals use, with the words citizens read. */
public enum SatisfactionLevel {
    VERY_SATISFIED("Rất hài lòng"),
    SATISFIED("Hài lòng"),
    DISSATISFIED("Không hài lòng");

    public final String label;

    SatisfactionLevel(String label) {
        this.label = label;
    }
}
