package vn.motcua.tracking.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.tracking.common.domain.DomainException;
import vn.motcua.tracking.lifecycle.domain.Actor;
import vn.motcua.tracking.lifecycle.domain.TrackedDossier;

/** The caller as the realm describes them, and what they may see of a tracked dossier. */
@RequestScoped
public class Caller {
    private static final List<String> ROLES = List.of("admin", "supervisor", "officer", "ops", "citizen", "service");
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final ApplicantIdHash idHash;

    public Caller(SecurityIdentity identity, JsonWebToken token, ApplicantIdHash idHash) {
        this.identity = identity;
        this.token = token;
        this.idHash = idHash;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> agency() {
        return Optional.ofNullable(token.<String>getClaim("agency"));
    }

    /** As an actor in the history: the most specific role the caller holds. */
    public Actor actor() {
        String role = ROLES.stream().filter(identity::hasRole).findFirst().orElse("unknown");
        return new Actor(
                identity.getPrincipal().getName(),
                role,
                agency(),
                Actor.vietnameseName(claim("family_name"), claim("given_name")),
                claim("title"),
                claim("department"));
    }

    private Optional<String> claim(String name) {
        return Optional.ofNullable(token.<Object>getClaim(name))
                .map(Object::toString)
                .filter(s -> !s.isBlank());
    }

    /** The dossier if the caller may see it: ops and admin, the receiving or holding agency, or the applicant. */
    public TrackedDossier visible(String code) {
        return TrackedDossier.byCode(code)
                .filter(this::mayView)
                .orElseThrow(() -> DomainException.notFound("Không tìm thấy hồ sơ " + code + "."));
    }

    /** Whether the caller may see this dossier (the rule of {@link #visible}). */
    public boolean mayView(TrackedDossier d) {
        return isStaffFor(d) || isApplicant(d.applicantIdHash);
    }

    /** Ops, an administrator, or an officer or supervisor of the receiving or holding agency. */
    public boolean isStaffFor(TrackedDossier d) {
        return is("ops") || is("admin") || worksAt(d.agencyCode) || worksAt(d.holdingAgency);
    }

    /**
     * The agency a report covers: ops and administrators ask for any (empty: every agency); anyone else gets their
     * own, and asking for another is refused with {@code refusal}.
     */
    public Optional<String> reportScope(Optional<String> asked, String refusal) {
        if (is("ops") || is("admin")) {
            return asked;
        }
        String own = agency().orElseThrow(() -> DomainException.forbidden("Tài khoản thiếu mã cơ quan."));
        if (asked.filter(a -> !a.equals(own)).isPresent()) {
            throw DomainException.forbidden(refusal);
        }
        return Optional.of(own);
    }

    /** An officer or supervisor of this agency. */
    public boolean worksAt(String agencyCode) {
        return (is("officer") || is("supervisor"))
                && agency().filter(a -> a.equals(agencyCode)).isPresent();
    }

    /** A signed-in applicant whose ID number or tax code is the one stored (as its HMAC) for a dossier's applicant. */
    public boolean isApplicant(String applicantIdHash) {
        // A citizen's account by their ID number, a business's or organisation's by its tax code.
        return claim("citizen_id")
                .or(() -> claim("tax_code"))
                .filter(id -> idHash.matches(id, applicantIdHash))
                .isPresent();
    }
}
