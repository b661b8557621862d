package vn.motcua.intake.dossier.domain;

/** How the pages, receipts and views show an ID number or a phone: only the last digits. */
public final class Masking {
    private Masking() {}

    /** Keeps the last {@code visible} characters: 019095012345 → *********345. */
    public static String mask(String value, int visible) {
        return "*".repeat(Math.max(0, value.length() - visible))
                + value.substring(Math.max(0, value.length() - visible));
    }
}
