package vn.motcua.tracking.calendar.domain;

/**
 * How a dossier or a step finished against its legal due date, judged on local dates; labels as the forms print them.
 */
public enum Outcome {
    EARLY("Trước hạn"),
    ON_TIME("Đúng hạn"),
    LATE("Quá hạn");

    public final String label;

    Outcome(String label) {
        this.label = label;
    }
}
