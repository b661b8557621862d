package vn.motcua.tracking.lifecycle.domain;

import java.util.Optional;

/** Who did something to a dossier: a user with a role and maybe an agency, or the system itself. */
public record Actor(String name, String role, Optional<String> agency) {
    public static Actor system(String agency) {
        return new Actor("system", "system", Optional.ofNullable(agency));
    }
}
