package vn.motcua.intake.portal.domain;

/**
 * What one gateway call came to, from the sync's point of view. RETRY covers everything that says nothing
 * about the data (refused connection, time-out, 5xx, 429, a session that could not be renewed).
 */
public record GatewayAnswer(Kind kind, String message) {
    public enum Kind {
        OK,
        EXISTS,
        UNKNOWN_DOSSIER,
        INVALID,
        RETRY
    }

    public static GatewayAnswer ok() {
        return new GatewayAnswer(Kind.OK, "");
    }

    public static GatewayAnswer retry(String why) {
        return new GatewayAnswer(Kind.RETRY, why);
    }

    public boolean is(Kind k) {
        return kind == k;
    }
}
