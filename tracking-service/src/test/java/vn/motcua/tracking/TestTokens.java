package vn.motcua.tracking;

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
                .claim("family_name", "Lê Văn")
                .claim("given_name", "Cường")
                .claim("title", "Chuyên viên")
                .claim("department", "Bộ phận Tiếp nhận và Trả kết quả")
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

    /** A user with only this role and no agency or citizen claim (admin, ops, service). */
    public static String role(String role) {
        return Jwt.preferredUserName(role + "-test")
                .groups(role)
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }
}
