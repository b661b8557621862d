package vn.motcua.intake.catalogue.domain;

/**
 * What a supplement request does to a dossier's legal clock (tracking applies it; intake only publishes it with
 * the procedure version): PAUSE counts the time already spent, RESTART runs the full processing time again from the
 * completed dossier. PAUSE is the default.
 */
public enum SupplementPolicy {
    PAUSE,
    RESTART
}
