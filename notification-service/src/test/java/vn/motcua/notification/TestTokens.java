package vn.motcua.notification;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed by quarkus-test-oidc-server's key, with the claims the realm puts in real ones. */
public final class TestTokens {
    private TestTokens() {}

    public static String citizen(String citizenId) {
        return Jwt.preferredUserName("citizen-test")
                .groups("citizen")
                .claim("citizen_id", citizenId)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    /** A business's account: the realm gives it the company's tax code instead of a citizen ID. */
    public static String business(String taxCode) {
        return Jwt.preferredUserName("business-test")
                .groups("citizen")
                .claim("tax_code", taxCode)
                .claim("applicant_type", "BUSINESS")
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    public static String officer(String agencyCode) {
        return Jwt.preferredUserName("officer-" + agencyCode)
                .groups("officer")
                .claim("agency", agencyCode)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    /** A token with one role and no agency or ID number (admin, ops, service…). */
    public static String role(String role) {
        return Jwt.preferredUserName(role + "-test")
                .groups(role)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }
}
