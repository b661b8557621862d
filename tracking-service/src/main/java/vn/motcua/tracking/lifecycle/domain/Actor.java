package vn.motcua.tracking.lifecycle.domain;

import java.util.Optional;

/** Who did something to a dossier: a user with a role and maybe an agency, or the system itself. */
public record Actor(String name, String role, Optional<String> agency) {
    public static final String SYSTEM = "system";
    public static final String IMPORT = "import";

    /** The clock itself, or a legacy import, as opposed to a signed-in user. */
    public boolean isUser() {
        return !role.equals(SYSTEM) && !role.equals(IMPORT);
    }

    public static Actor system(String agency) {
        return new Actor(SYSTEM, SYSTEM, Optional.ofNullable(agency));
    }
}
