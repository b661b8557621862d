package vn.motcua.intake.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.dossier.rest.Submissions;

/** Administrators create and revise procedures; a revision never changes a dossier already received. */
@QuarkusTest
class CatalogueAdminTest {
    static final String AGENCY = "000.00.12.H57";

    static String procedure(String code, String days, String stepDays) {
        return """
                {"code":"%s","name":"Cấp giấy phép tổ chức lễ hội","field":"Văn hóa","agencyLevel":"PROVINCE",
                 "processingDays":%s,"feeVnd":0,
                 "components":[{"code":"VB","name":"Văn bản đề nghị","mandatory":true,"originals":1,"copies":0}],
                 "steps":[{"name":"Tiếp nhận","workingDays":0.5},{"name":"Thẩm định, cấp phép",\
                "workingDays":%s}]}""".formatted(code, days, stepDays);
    }

    @Test
    void aRevisionAppliesToNewDossiersOnlyAndKeepsEveryVersion() throws Exception {
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.900001", "3", "2.5"))
                .when()
                .post("/api/procedures")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/procedures/9.900001"))
                .body("version", equalTo(1))
                .body("current", equalTo(true))
                .body("processingDays", equalTo(3));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.900001", "3", "2.5"))
                .when()
                .post("/api/procedures")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        String before = receive("9.900001");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.900001", "5", "4.5")
                        .replace("\"feeVnd\"", "\"supplementPolicy\":\"RESTART\",\"feeVnd\""))
                .when()
                .put("/api/procedures/9.900001")
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("processingDays", equalTo(5))
                .body("supplementPolicy", equalTo("RESTART"));
        String after = receive("9.900001");

        assertTrue(receiptText(before).contains("3 ngày làm việc"), "the earlier dossier keeps version 1's time");
        assertTrue(receiptText(after).contains("5 ngày làm việc"), "a new dossier takes version 2");
        given().when().get("/api/procedures/9.900001").then().statusCode(200).body("version", equalTo(2));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/procedures/9.900001/versions")
                .then()
                .statusCode(200)
                .body("version", containsInAnyOrder(1, 2))
                .body("current", containsInAnyOrder(false, true))
                .body("supplementPolicy", containsInAnyOrder("PAUSE", "RESTART")); // version 1 had none: PAUSE
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.900001", "5", "4.5")
                        .replace("\"feeVnd\"", "\"supplementPolicy\":\"STOP\",\"feeVnd\""))
                .when()
                .put("/api/procedures/9.900001")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json") // a position is not a name
                .body(procedure("9.900001", "5", "4.5").replace("\"feeVnd\"", "\"supplementPolicy\":1,\"feeVnd\""))
                .when()
                .put("/api/procedures/9.900001")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDossierShowsTheNamesOfTheVersionItWasSubmittedUnder() {
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.900004", "3", "2.5"))
                .when()
                .post("/api/procedures")
                .then()
                .statusCode(201);
        String before = receive("9.900004");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.900004", "3", "2.5")
                        .replace("Cấp giấy phép tổ chức lễ hội", "Cấp phép tổ chức lễ hội truyền thống")
                        .replace("Văn bản đề nghị", "Đơn đề nghị cấp phép"))
                .when()
                .put("/api/procedures/9.900004")
                .then()
                .statusCode(200);
        String after = receive("9.900004");
        dossier(before, "Cấp giấy phép tổ chức lễ hội", "Văn bản đề nghị");
        dossier(after, "Cấp phép tổ chức lễ hội truyền thống", "Đơn đề nghị cấp phép");
        // The officer's list carries the same names.
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/dossiers?size=100")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.code == '" + before + "' }.procedureName",
                        equalTo("Cấp giấy phép tổ chức lễ hội"))
                .body(
                        "items.find { it.code == '" + after + "' }.documents[0].componentName",
                        equalTo("Đơn đề nghị cấp phép"));
    }

    private static void dossier(String code, String procedureName, String componentName) {
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(200)
                .body("procedureCode", equalTo("9.900004"))
                .body("procedureName", equalTo(procedureName))
                .body("documents[0].componentCode", equalTo("VB"))
                .body("documents[0].componentName", equalTo(componentName));
    }

    @Test
    void badDefinitionsAreRejectedFieldByField() {
        String body = """
                {"code":"12345","name":"","field":"Văn hóa","agencyLevel":"PROVINCE","processingDays":1.5,"feeVnd":-1,
                 "components":[{"code":"A","name":"Đơn","mandatory":true},{"code":"A","name":"Đơn nữa",\
                "mandatory":false}],
                 "steps":[{"name":"Thẩm định","workingDays":0.25}]}""";
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/procedures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "feeVnd"));
        String valid = procedure("12345", "1.5", "0.25")
                .replace("\"feeVnd\":0", "\"feeVnd\":0")
                .replace(
                        "\"mandatory\":true,\"originals\":1,\"copies\":0}]",
                        "\"mandatory\":true,\"originals\":1,\"copies\":0},{\"code\":\"VB\",\"name\":\"Bản "
                                + "sao\",\"mandatory\":false,\"originals\":0,\"copies\":1}]");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(valid)
                .when()
                .post("/api/procedures")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("code", "processingDays", "components[1].code", "steps[1].workingDays"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.900002", "2", "3"))
                .when()
                .post("/api/procedures")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("steps"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure("9.900002", "2", "1"))
                .when()
                .put("/api/procedures/9.900404")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyAdministratorsChangeTheCatalogue() {
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body(procedure("9.900003", "2", "1"))
                .when()
                .post("/api/procedures")
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(procedure("9.900003", "2", "1"))
                .when()
                .put("/api/procedures/2.000488")
                .then()
                .statusCode(401);
        given().when().get("/api/procedures/2.000488").then().statusCode(200).body("version", equalTo(1));
    }

    private static String receive(String procedure) {
        return given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .contentType("application/json")
                .body(Submissions.body(procedure, AGENCY, "019095012345", "{\"componentCode\":\"VB\"}"))
                .when()
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    private static String receiptText(String code) throws Exception {
        byte[] pdf = given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .when()
                .get("/api/dossiers/" + code + "/receipt")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
