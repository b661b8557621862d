package vn.motcua.tracking.calendar.domain;

/** How a dossier or a step finished against its legal due date, judged on local dates. */
public enum Outcome {
    /** trước hạn */
    EARLY,
    /** đúng hạn */
    ON_TIME,
    /** quá hạn */
    LATE
}
