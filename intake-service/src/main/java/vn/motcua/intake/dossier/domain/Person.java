package vn.motcua.intake.dossier.domain;

/** Who did something: the account (for the audit trail) and the full name, family name first (for forms). */
public record Person(String user, String fullName) {

    /** Vietnamese order: "Lê Văn" + "Cường" → "Lê Văn Cường"; the account name when the realm gives neither. */
    public static Person of(String user, String familyName, String givenName) {
        String full = ((familyName == null ? "" : familyName.strip()) + " "
                        + (givenName == null ? "" : givenName.strip()))
                .strip();
        return new Person(user, full.isEmpty() ? user : full);
    }
}
