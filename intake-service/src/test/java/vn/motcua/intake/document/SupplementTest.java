package vn.motcua.intake.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.intake.document.FileUploadTest.PDF;
import static vn.motcua.intake.document.FileUploadTest.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.TestTokens;
import vn.motcua.intake.TopicTap;

/**
 * The applicant sends the papers the agency asked for online, while tracking says the dossier waits for them; the
 * officer reads them through the dossier like the papers handed in with it.
 */
@QuarkusTest
class SupplementTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theApplicantSendsSupplementsOnlyWhileTheAgencyWaitsForThem() throws Exception {
        String citizen = TestTokens.citizen(DossierFilesTest.APPLICANT);
        String code = DossierFilesTest.submitOnline(
                citizen,
                upload(citizen, PDF, "to-khai.pdf", "application/pdf"),
                upload(citizen, PDF, "cccd.pdf", "application/pdf"));
        given().auth()
                .oauth2(TestTokens.officer(FileUploadTest.CENTRE))
                .post("/api/dossiers/" + code + "/accept")
                .then()
                .statusCode(200);
        String signed = upload(citizen, PDF, "to-khai-da-ky.pdf", "application/pdf");
        // Tracking has not asked for anything (it does not know the dossier): refused.
        send(citizen, code, paper("TK", signed)).statusCode(409).contentType("application/problem+json");

        waitsForSupplement(code);
        try (TopicTap tap = TopicTap.open(bootstrap, "dossier-intake-events")) {
            send(citizen, code, paper("TK", signed))
                    .statusCode(200)
                    .body("documents.componentCode", contains("TK", "CCCD", "TK"))
                    .body("documents[0].suppliedAt", nullValue())
                    .body("documents[2].fileId", equalTo(signed))
                    .body("documents[2].suppliedAt", notNullValue());
            // Tracking marks the holding agency's queue, the notifier confirms: one event, in the same transaction.
            List<ConsumerRecord<String, String>> sent =
                    tap.read(TopicTap.ofType("DOSSIER_SUPPLEMENT_SUBMITTED"), 1, Duration.ofSeconds(20));
            assertEquals(1, sent.size(), sent.toString());
            assertEquals(code, sent.get(0).key());
            JsonNode event = new ObjectMapper().readTree(sent.get(0).value());
            assertEquals(code, event.path("dossierCode").asText());
            assertEquals("DOSSIER_SUPPLEMENT_SUBMITTED", event.path("type").asText());
            assertEquals(
                    Instant.parse(given().auth()
                                    .oauth2(citizen)
                                    .get("/api/dossiers/" + code)
                                    .then()
                                    .extract()
                                    .path("documents[2].suppliedAt"))
                            .toEpochMilli(),
                    Instant.parse(event.path("occurredAt").asText()).toEpochMilli(),
                    "the time the papers came");
        }
        // The agency's officer opens it as any paper of the dossier.
        given().auth()
                .oauth2(TestTokens.officer(FileUploadTest.CENTRE))
                .get("/api/dossiers/" + code + "/documents/" + signed)
                .then()
                .statusCode(200);
        // The receipt (form 01) lists what was handed in when it was received, not what came later.
        byte[] receipt = given().auth()
                .oauth2(citizen)
                .get("/api/dossiers/" + code + "/receipt")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertEquals(1, text.split("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", -1).length - 1, text);
        }

        // The same file twice, a component the procedure lacks, another citizen's file: each named.
        String others = upload(TestTokens.citizen("001301000123"), PDF, "khac.pdf", "application/pdf");
        send(
                        citizen,
                        code,
                        paper("TK", signed) + "," + paper("XX", upload(citizen, PDF, "x.pdf", "application/pdf")) + ","
                                + paper("CCCD", others))
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder("documents[0].fileId", "documents[1].componentCode", "documents[2].fileId"));
        send(citizen, code, "").statusCode(400).body("errors.field", contains("documents"));
        // Not the applicant: another citizen is told there is no such dossier; an officer may not send.
        send(TestTokens.citizen("001301000123"), code, paper("TK", others)).statusCode(404);
        send(TestTokens.officer(FileUploadTest.CENTRE), code, paper("TK", signed))
                .statusCode(403);
    }

    /**
     * The form offers the components of the version the dossier was filed under: after a revision renames one and adds
     * another, the applicant still sends what the server accepts for this dossier.
     */
    @Test
    void theFormOffersTheComponentsOfTheDossiersOwnProcedureVersion() {
        String procedure = String.format("9.8%05d", System.nanoTime() % 100_000);
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure(
                        procedure,
                        "{\"code\":\"VB\",\"name\":\"Văn bản đề nghị\",\"mandatory\":true,"
                                + "\"originals\":1,\"copies\":0}"))
                .post("/api/procedures")
                .then()
                .statusCode(201);
        String citizen = TestTokens.citizen(DossierFilesTest.APPLICANT);
        String code = given().auth()
                .oauth2(citizen)
                .contentType("application/json")
                .body("{\"procedureCode\":\"" + procedure + "\",\"agencyCode\":\"" + FileUploadTest.CENTRE + "\","
                        + "\"applicant\":{\"type\":\"CITIZEN\",\"fullName\":\"Đỗ Thị Hoa\",\"idNumber\":\""
                        + DossierFilesTest.APPLICANT + "\",\"phone\":\"0912345678\"},"
                        + "\"documents\":[" + paper("VB", upload(citizen, PDF, "vb.pdf", "application/pdf")) + "]}")
                .post("/api/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType("application/json")
                .body(procedure(
                        procedure,
                        "{\"code\":\"DN\",\"name\":\"Đơn đề nghị (mẫu mới)\",\"mandatory\":true,\"originals\":1,"
                                + "\"copies\":0},{\"code\":\"BV\",\"name\":\"Bản vẽ\",\"mandatory\":false,"
                                + "\"originals\":1,\"copies\":0}"))
                .put("/api/procedures/" + procedure)
                .then()
                .statusCode(200)
                .body("components.code", contains("DN", "BV"));
        given().auth()
                .oauth2(citizen)
                .get("/api/dossiers/" + code + "/supplements")
                .then()
                .statusCode(200)
                .body("code", contains("VB"))
                .body("name", contains("Văn bản đề nghị"));
        // Only the applicant: another citizen is told there is no such dossier, an officer may not ask.
        given().auth()
                .oauth2(TestTokens.citizen("001301000123"))
                .get("/api/dossiers/" + code + "/supplements")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.officer(FileUploadTest.CENTRE))
                .get("/api/dossiers/" + code + "/supplements")
                .then()
                .statusCode(403);
    }

    private static String procedure(String code, String components) {
        return """
                {"code":"%s","name":"Cấp giấy phép tổ chức lễ hội","field":"Văn hóa","agencyLevel":"PROVINCE",
                 "processingDays":3,"feeVnd":0,"components":[%s],
                 "steps":[{"name":"Tiếp nhận","workingDays":0.5},
                  {"name":"Cấp phép","workingDays":2.5}]}""".formatted(code, components);
    }

    private static void waitsForSupplement(String code) {
        URI stub = URI.create(ConfigProvider.getConfig().getValue("intake.tracking.url", String.class));
        new WireMock(stub.getHost(), stub.getPort())
                .register(WireMock.get("/api/dossiers/" + code + "/progress")
                        .willReturn(WireMock.okJson("{\"code\":\"" + code + "\",\"status\":\"SUPPLEMENT_REQUESTED\","
                                + "\"statusLabel\":\"Chờ bổ sung\",\"nationalStatus\":5,"
                                + "\"appointmentAt\":\"2026-12-10T16:00:00+07:00\"}")));
    }

    private static String paper(String component, String fileId) {
        return "{\"componentCode\":\"" + component + "\",\"fileId\":\"" + fileId + "\"}";
    }

    private static ValidatableResponse send(String token, String code, String papers) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"documents\":[" + papers + "]}")
                .post("/api/dossiers/" + code + "/supplements")
                .then();
    }
}
