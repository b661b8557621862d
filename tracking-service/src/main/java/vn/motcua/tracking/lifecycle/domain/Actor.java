package vn.motcua.tracking.lifecycle.domain;

import java.util.Optional;

/**
 * Who did something to a dossier: a user with a role and maybe an agency, or the system itself. A user's
 * display name (family name first, as Vietnamese names are written), title and department come from the
 * realm and travel in status events for the national portal's progress updates. The agency's name is looked up
 * only where a citizen reads it (an apology is worded in the name of the agency that apologises).
 */
public record Actor(
        String name,
        String role,
        Optional<String> agency,
        Optional<String> displayName,
        Optional<String> title,
        Optional<String> department,
        Optional<String> agencyName) {
    public static final String SYSTEM = "system";
    public static final String IMPORT = "import";

    public Actor(String name, String role, Optional<String> agency) {
        this(name, role, agency, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Actor(
            String name,
            String role,
            Optional<String> agency,
            Optional<String> displayName,
            Optional<String> title,
            Optional<String> department) {
        this(name, role, agency, displayName, title, department, Optional.empty());
    }

    /** The same actor, with its agency's name as the registry gives it. */
    public Actor withAgencyName(Optional<String> name) {
        return new Actor(this.name, role, agency, displayName, title, department, name);
    }

    /** The clock itself, or a legacy import, as opposed to a signed-in user. */
    public boolean isUser() {
        return !role.equals(SYSTEM) && !role.equals(IMPORT);
    }

    public static Actor system(String agency) {
        return new Actor(SYSTEM, SYSTEM, Optional.ofNullable(agency));
    }

    /** "Lê Văn Cường" from family name "Lê Văn" and given name "Cường"; either may be missing. */
    public static Optional<String> vietnameseName(Optional<String> family, Optional<String> given) {
        String joined = (family.orElse("").strip() + " " + given.orElse("").strip()).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }
}
