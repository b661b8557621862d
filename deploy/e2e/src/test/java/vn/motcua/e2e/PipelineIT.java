package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged system end to end, driven over HTTP with real Keycloak tokens: a citizen's online dossier with
 * a supplement pause, a counter dossier that goes late, and the faults — the broker stopped for 20 s, tracking
 * killed with -9, two tracking instances in one consumer group — each followed by exact counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    static PackagedSystem system;
    static Dossiers dossiers;

    @BeforeAll
    static void system() {
        system = PackagedSystem.get();
        dossiers = new Dossiers(system);
    }

    static String email(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    static List<String> awaitSubjects(String address, int n) {
        return await().atMost(Duration.ofSeconds(40))
                .until(() -> Mailbox.subjects(system.smtp, address), s -> s.size() >= n);
    }

    @Test
    @Order(1)
    void anOnlineDossierWithASupplementPauseIsToldToItsCitizenInOrder() {
        String address = email("online");
        String code = dossiers.onlineAccepted(address);
        dossiers.awaitTracked(code);
        String appointment = given().baseUri(system.intake.url())
                .auth()
                .oauth2(Tokens.of("citizen1"))
                .get("/api/dossiers/" + code)
                .then()
                .statusCode(200)
                .extract()
                .path("appointmentAt");
        awaitSubjects(address, 1); // the citizen has the receipt message before the officer's first step

        dossiers.actOk(code, "{\"action\":\"START_PROCESSING\"}");
        dossiers.actOk(
                code, "{\"action\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Bản sao Căn cước công dân có chứng thực\"}");
        dossiers.actOk(code, "{\"action\":\"SUPPLEMENT_RECEIVED\"}");
        dossiers.actOk(code, "{\"action\":\"RESOLVE\"}");
        dossiers.actOk(code, "{\"action\":\"RETURN_RESULT\"}");

        assertEquals(
                List.of(
                        "Hồ sơ " + code + " đã được tiếp nhận",
                        "Yêu cầu bổ sung hồ sơ " + code,
                        "Đã nhận hồ sơ bổ sung " + code,
                        "Đã có kết quả hồ sơ " + code,
                        "Đã trả kết quả hồ sơ " + code),
                awaitSubjects(address, 5));
        List<Mailbox.Mail> mails = Mailbox.of(system.smtp, address);
        String expected =
                OffsetDateTime.parse(appointment).atZoneSameInstant(VN).format(WHEN);
        assertTrue(
                mails.get(0).text().contains("Thời gian hẹn trả kết quả: " + expected),
                mails.get(0).text());
        assertTrue(
                mails.get(1).text().contains("Bản sao Căn cước công dân có chứng thực"),
                mails.get(1).text());
        // The supplement came back the day it was asked for: the appointment in force is the receipt's.
        assertTrue(
                mails.get(2).text().contains("Thời gian hẹn trả kết quả: " + expected),
                mails.get(2).text());
        assertTrue(
                mails.get(3).text().contains("giải quyết trước hạn"),
                mails.get(3).text());
        assertEquals("RETURNED", dossiers.timeline(code).then().extract().path("status"));
        ServiceProcess.sleep(Duration.ofSeconds(3));
        assertEquals(5, Mailbox.of(system.smtp, address).size(), "exactly one email per event");
        // The Message-ID the notifier derives from the event reaches the server unchanged: a resend is recognisable.
        for (Mailbox.Mail mail : mails) {
            assertTrue(mail.messageId().matches("<[0-9a-f-]{36}\\.email@motcua>"), mail.messageId());
        }
        assertEquals(5, mails.stream().map(Mailbox.Mail::messageId).distinct().count(), "one Message-ID per event");

        // The national portal holds the same story: created once, each step in order, by the officer who took it.
        JsonNode portal = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> PortalSimulator.dossier(code),
                        v -> v.filter(p -> p.at("/record/TrangThaiHoSo").asInt() == 10
                                        && p.path("steps").size() == 5)
                                .isPresent())
                .orElseThrow();
        assertEquals(1, portal.path("creates").asInt());
        List<String> steps = new java.util.ArrayList<>();
        portal.path("steps")
                .forEach(s -> steps.add(s.path("TrangThai").asInt() + " "
                        + s.path("NoiDungXuLy").asText()));
        assertEquals(
                List.of(
                        "4 Bắt đầu xử lý hồ sơ",
                        "5 Yêu cầu bổ sung, hoàn thiện hồ sơ: Bản sao Căn cước công dân có chứng thực",
                        "4 Tiếp nhận hồ sơ bổ sung",
                        "9 Đã giải quyết xong",
                        "10 Đã trả kết quả"),
                steps);
        JsonNode first = portal.path("steps").get(0);
        assertEquals("Lê Văn Cường", first.path("NguoiXuLy").asText(), "family name first, from the realm");
        assertEquals("Chuyên viên", first.path("ChucDanh").asText());
        assertEquals(
                "Bộ phận Tiếp nhận và Trả kết quả", first.path("PhongBanXuLy").asText());
        assertEquals(1, portal.at("/record/DanhSachHoSoBoSung").size());
    }

    @Test
    @Order(2)
    void aCounterDossierThatGoesLateIsApologisedForAndCountedLate() {
        String address = email("late");
        String code = dossiers.counter(Dossiers.body("2.000488", "001301000123", address, "0987654321", "TK", "CCCD"))
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        dossiers.awaitTracked(code);
        awaitSubjects(address, 1);
        // Forty days later (the clock of a restarted tracking moved forward): the 10-working-day dossier is overdue.
        Duration later = Duration.ofDays(40);
        system.tracking().stop();
        system.restartTracking(0, Map.of("TRACKING_CLOCK_OFFSET", later.toString()));
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> dossiers.history(code).contains("DOSSIER_OVERDUE"));
            String mailbox = Dossiers.AGENCY + "@motcua.local";
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Mailbox.subjects(system.smtp, mailbox).contains("[Quá hạn] Hồ sơ " + code));

            dossiers.actOk(code, "{\"action\":\"START_PROCESSING\"}");
            dossiers.actOk(code, "{\"action\":\"RESOLVE\"}");
            assertEquals("LATE", dossiers.timeline(code).then().extract().path("outcome"));
            Response early = dossiers.act(code, "{\"action\":\"RETURN_RESULT\"}");
            assertEquals(
                    409, early.statusCode(), "a late result is returned only after the apology: " + early.asString());
            OffsetDateTime newAppointment = OffsetDateTime.now(VN)
                    .plus(later)
                    .plusDays(2)
                    .withHour(10)
                    .withMinute(0)
                    .withSecond(0)
                    .withNano(0);
            dossiers.actOk(
                    code,
                    "{\"action\":\"APOLOGIZE\",\"reason\":\"Chậm xác minh thông tin với cơ quan liên quan\","
                            + "\"newAppointmentAt\":\"" + newAppointment + "\"}");
            dossiers.actOk(code, "{\"action\":\"RETURN_RESULT\"}");

            List<String> subjects = awaitSubjects(address, 4);
            assertEquals(
                    List.of(
                            "Hồ sơ " + code + " đã được tiếp nhận",
                            "Đã có kết quả hồ sơ " + code,
                            "Xin lỗi về việc chậm trả kết quả hồ sơ " + code,
                            "Đã trả kết quả hồ sơ " + code),
                    subjects);
            List<Mailbox.Mail> mails = Mailbox.of(system.smtp, address);
            assertTrue(
                    mails.get(1).text().contains("giải quyết quá hạn"),
                    mails.get(1).text());
            assertTrue(
                    mails.get(2).text().contains(newAppointment.format(WHEN)),
                    mails.get(2).text());

            String day = OffsetDateTime.now(VN).plus(later).toLocalDate().toString();
            given().baseUri(system.tracking().url())
                    .auth()
                    .oauth2(Tokens.of("ops1"))
                    .queryParam("from", day)
                    .queryParam("to", day)
                    .queryParam("agency", Dossiers.AGENCY)
                    .queryParam("procedure", "2.000488")
                    .get("/api/statistics")
                    .then()
                    .statusCode(200)
                    .body("total.resolvedLate", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        } finally {
            system.tracking().stop();
            system.restartTracking(0, Map.of());
        }
    }
}
