package vn.motcua.intake;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed by quarkus-test-oidc-server's key, with the claims the realm puts in real ones. */
public final class TestTokens {
    private TestTokens() {}

    public static String citizen(String citizenId) {
        return Jwt.preferredUserName("citizen-" + Integer.toHexString(citizenId.hashCode()))
                .groups("citizen")
                .claim("citizen_id", citizenId)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    /** A business's account: the realm gives it the company's tax code and name instead of a citizen ID. */
    public static String business(String taxCode) {
        return Jwt.preferredUserName("business-" + taxCode)
                .groups("citizen")
                .claim("tax_code", taxCode)
                .claim("applicant_type", "BUSINESS")
                .claim("organisation_name", "Công ty TNHH Thương mại Hồng Hà")
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    public static String admin() {
        return Jwt.preferredUserName("admin1")
                .groups("admin")
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    /** Another service's client-credentials token (tracking reads the portal-sync figures with one). */
    public static String service() {
        return Jwt.preferredUserName("service-account-tracking-service")
                .groups("service")
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    public static String supervisor(String agencyCode) {
        return Jwt.preferredUserName("supervisor-" + agencyCode)
                .groups("supervisor")
                .claim("agency", agencyCode)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    public static String officer(String agencyCode) {
        // The realm's family and given names, as Keycloak puts them in a token: the forms print "Lê Văn Cường".
        return Jwt.preferredUserName("officer-" + agencyCode)
                .groups("officer")
                .claim("agency", agencyCode)
                .claim("family_name", "Lê Văn")
                .claim("given_name", "Cường")
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }
}
