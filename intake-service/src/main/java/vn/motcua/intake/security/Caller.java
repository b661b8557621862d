package vn.motcua.intake.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.intake.dossier.domain.Person;

import java.util.Optional;

/** The caller as the realm describes them: roles, the agency of an officer, the ID number of a citizen. */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The caller as forms print them: family name first (the realm's family_name, given_name). */
    public Person person() {
        return identity.isAnonymous() ? new Person("anonymous", "anonymous")
                : Person.of(name(), token.getClaim("family_name"), token.getClaim("given_name"));
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> agency() {
        return Optional.ofNullable(token.<String>getClaim("agency"));
    }

    public Optional<String> citizenId() {
        return Optional.ofNullable(token.<String>getClaim("citizen_id"));
    }

    /** An officer or supervisor of this agency. */
    public boolean worksAt(String agencyCode) {
        return (is("officer") || is("supervisor")) && agency().filter(agencyCode::equals).isPresent();
    }
}
