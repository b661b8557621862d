package vn.motcua.intake.dossier.rest;

import static io.restassured.RestAssured.given;

import vn.motcua.intake.TestTokens;

/** Request bodies for the dossier tests, and a counter submission of one. */
public final class Submissions {
    private Submissions() {}

    public static String body(String procedure, String agency, String idNumber, String documents) {
        return """
                {"procedureCode":"%s","agencyCode":"%s",
                 "applicant":{"type":"CITIZEN","fullName":"Nguyễn Văn An","idNumber":"%s","phone":"0912 345 678",
                              "email":"an@example.vn","address":"Phường Phan Đình Phùng, Thái Nguyên"},
                 "documents":[%s]}""".formatted(procedure, agency, idNumber, documents);
    }

    /** Cấp Giấy phép bán lẻ rượu (province) for a business, by its tax code, with its three mandatory components. */
    public static String liquorLicence(String agency, String taxCode) {
        return body(
                        "2.000633",
                        agency,
                        taxCode,
                        "{\"componentCode\":\"DN\"},{\"componentCode\":\"DKKD\"},{\"componentCode\":\"DD\"}")
                .replace(
                        "\"type\":\"CITIZEN\",\"fullName\":\"Nguyễn Văn An\"",
                        "\"type\":\"BUSINESS\",\"fullName\":\"Công ty TNHH Thương mại Hồng Hà\"");
    }

    /** Cấp Phiếu lý lịch tư pháp (province, 10 days) with its two mandatory components. */
    public static String criminalRecord(String agency, String idNumber) {
        return body("2.000488", agency, idNumber, "{\"componentCode\":\"TK\"},{\"componentCode\":\"CCCD\"}");
    }

    /** An officer of {@code agency} receives {@code body} at the counter (201); the dossier's code. */
    public static String atCounter(String agency, String body) {
        return given().auth()
                .oauth2(TestTokens.officer(agency))
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }
}
