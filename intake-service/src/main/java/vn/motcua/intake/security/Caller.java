package vn.motcua.intake.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.intake.catalogue.service.CatalogueCache;
import vn.motcua.intake.dossier.domain.Person;

/**
 * The caller as the realm describes them: roles, the agency of an officer, the citizen, business or organisation an
 * applicant's account files for.
 */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final CatalogueCache registry;

    public Caller(SecurityIdentity identity, JsonWebToken token, CatalogueCache registry) {
        this.identity = identity;
        this.token = token;
        this.registry = registry;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The caller as forms print them: family name first (the realm's family_name, given_name). */
    public Person person() {
        return identity.isAnonymous()
                ? new Person("anonymous", "anonymous")
                : Person.of(name(), token.getClaim("family_name"), token.getClaim("given_name"));
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /**
     * The officer's agency, unless it was merged into another (retired): its officers lose their rights at once,
     * before the realm's accounts are moved, whatever their tokens still say.
     */
    public Optional<String> agency() {
        return Optional.ofNullable(token.<String>getClaim("agency"))
                .filter(code -> registry.agency(code).map(a -> a.active).orElse(true));
    }

    /** The caller's own bearer token, to ask another service on their behalf (never a wider right). */
    public Optional<String> bearer() {
        return Optional.ofNullable(token.getRawToken()).map(t -> "Bearer " + t);
    }

    /**
     * Whom the account files for: a citizen's ID number (citizen_id), or the tax code of the business or
     * organisation it stands for (tax_code). Dossiers are theirs when their applicant's ID number is this one.
     */
    public Optional<String> applicantId() {
        return claim("citizen_id").or(() -> claim("tax_code"));
    }

    /** CITIZEN for a citizen's account; a tax code's account is BUSINESS unless the realm says ORGANISATION. */
    public String applicantType() {
        return claim("citizen_id").isPresent()
                ? "CITIZEN"
                : claim("applicant_type").filter("ORGANISATION"::equals).orElse("BUSINESS");
    }

    private Optional<String> claim(String name) {
        return Optional.ofNullable(token.<String>getClaim(name)).filter(v -> !v.isBlank());
    }

    /** An officer or supervisor of this agency. */
    public boolean worksAt(String agencyCode) {
        return (is("officer") || is("supervisor"))
                && agency().filter(agencyCode::equals).isPresent();
    }
}
