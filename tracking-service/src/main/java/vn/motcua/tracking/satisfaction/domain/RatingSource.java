package vn.motcua.tracking.satisfaction.domain;

/** Where the citizen rated. */
public enum RatingSource {
    /** Signed in, on "my dossiers". */
    ONLINE,
    /** The public lookup: dossier code and ID number, no log-in. */
    LOOKUP,
    /** The signed link in the RETURNED or NOT_ACCEPTED message. */
    LINK,
    /** At the counter, on the full-screen view the officer opened for the citizen. */
    COUNTER
}
