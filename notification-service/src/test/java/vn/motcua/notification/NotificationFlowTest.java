package vn.motcua.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.delivery.domain.Delivery;
import vn.motcua.notification.delivery.domain.ParkedEvent;
import vn.motcua.notification.inbox.domain.ProcessedEvent;
import vn.motcua.notification.recipient.domain.Recipient;
import vn.motcua.notification.security.ApplicantIdHash;
import vn.motcua.notification.security.RatingLinks;

/**
 * Events from the real broker become Vietnamese emails on a real SMTP server and SMS on a stub gateway:
 * exactly once per channel despite redelivery, retried on 503, failed on 400, officers warned by mail.
 */
@QuarkusTest
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmsGatewayStub.class, scope = TestResourceScope.GLOBAL)
class NotificationFlowTest {

    /** Health and metrics live on the management interface. */
    @ConfigProperty(name = "quarkus.management.test-port")
    int management;

    static final String AGENCY = "000.00.12.H57";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "notification.rating-link.base-url")
    String webUrl;

    @ConfigProperty(name = "notification.applicant-id.keys")
    String idKeys;

    static String code() {
        return AGENCY + "-261128-" + (1000 + (int) (Math.random() * 8999))
                + UUID.randomUUID().toString().substring(0, 4);
    }

    static String received(String eventId, String code, String email, String phone) {
        return """
                {"eventId":"%s","type":"DOSSIER_RECEIVED","dossierCode":"%s","occurredAt":"2026-11-28T02:00:00Z",
                 "nationalStatus":2,"agencyCode":"%s","agencyName":"Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên",
                 "procedureCode":"2.000488","procedureVersion":1,"procedureName":"Cấp Phiếu lý lịch tư pháp cho công \
                dân Việt Nam",
                 "channel":"COUNTER","applicant":{"type":"CITIZEN","fullName":"Nguyễn Văn An",%s"phone":"%s",\
                "idHash":"%s"},
                 "receivedAt":"2026-11-28T02:00:00Z","appointmentAt":"2026-12-03T04:30:00Z",\
                "workingDays":"10"}""".formatted(
                eventId, code, AGENCY, email == null ? "" : "\"email\":\"" + email + "\",", phone, "a".repeat(64));
    }

    static String status(String type, String code, String extra) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"dossierCode\":\"" + code
                + "\",\"occurredAt\":\"2026-11-28T03:00:00Z\",\"nationalStatus\":5,\"status\":\"SUPPLEMENT_REQUESTED\","
                + "\"agencyCode\":\"" + AGENCY + "\",\"procedureCode\":\"2.000488\",\"dueAt\":\"2026-12-03T04:30:00Z\","
                + "\"actorRole\":\"officer\"" + extra + "}";
    }

    void send(String topic, String key, String... values) throws Exception {
        try (var producer = new KafkaProducer<>(
                TestKafka.admin(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)),
                new StringSerializer(),
                new StringSerializer())) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, key, v)).get();
            }
        }
    }

    @Test
    void aReceivedDossierIsToldOnceByEmailAndSmsAndASupplementRequestSaysWhatToBring() throws Exception {
        String code = code();
        String email = "an." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        String event = received(UUID.randomUUID().toString(), code, email, "0912345678");
        send("dossier-intake-events", code, event, event); // the second one is a redelivery

        MimeMessage mail = await().atMost(Duration.ofSeconds(20))
                .until(() -> mailTo(email), m -> m.size() == 1)
                .get(0);
        assertEquals("Hồ sơ " + code + " đã được tiếp nhận", mail.getSubject());
        String text = mail.getContent().toString();
        assertTrue(text.contains("Kính gửi Ông/Bà Nguyễn Văn An"), text);
        assertTrue(text.contains("Thời gian hẹn trả kết quả: 11 giờ 30 phút, ngày 03/12/2026."), text);
        assertTrue(text.contains("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"), text);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> SmsGatewayStub.server.verify(
                        1, postRequestedFor(urlEqualTo("/messages")).withRequestBody(containing(code))));

        send(
                "dossier-status-events",
                code,
                status(
                        "DOSSIER_SUPPLEMENT_REQUESTED",
                        code,
                        ",\"reason\":\"Bản sao Căn cước công dân có chứng thực\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 2);
        String supplement = mailTo(email).get(1).getContent().toString();
        assertTrue(supplement.contains("Bản sao Căn cước công dân có chứng thực"), supplement);
        // No supplementPolicy on the event: the clock pauses, as Decree 118 has it by default.
        assertTrue(supplement.contains("Thời gian giải quyết tạm dừng từ nay"), supplement);

        Thread.sleep(2000); // anything doubled would have arrived by now
        assertEquals(2, mailTo(email).size(), "exactly one email per event");
        SmsGatewayStub.server.verify(
                2, postRequestedFor(urlEqualTo("/messages")).withRequestBody(containing(code)));
        given().auth()
                .oauth2(TestTokens.officer(AGENCY))
                .queryParam("dossierCode", code)
                .when()
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("channel", hasItems("EMAIL", "SMS"))
                .body("status", hasItems("SENT"));
    }

    /**
     * A business received at the counter is addressed by its name and as "Quý doanh nghiệp", and told to look its
     * dossier up by its tax code: "Kính gửi Ông/Bà Công ty …" was every business's greeting.
     */
    @Test
    void aBusinessIsAddressedByItsNameAndItsTaxCode() throws Exception {
        String code = code();
        String email = "hongha." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        String event = received(UUID.randomUUID().toString(), code, email, "0912345678")
                .replace(
                        "\"type\":\"CITIZEN\",\"fullName\":\"Nguyễn Văn An\"",
                        "\"type\":\"BUSINESS\",\"fullName\":\"Công ty TNHH Thương mại Hồng Hà\"");
        send("dossier-intake-events", code, event);
        send(
                "dossier-status-events",
                code,
                status(
                        "DOSSIER_SUPPLEMENT_REQUESTED",
                        code,
                        ",\"reason\":\"Bản sao giấy phép\",\"supplementPolicy\":\"RESTART\""));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 2);
        String receipt = bodyOf(email, "đã tiếp nhận hồ sơ");
        assertTrue(receipt.startsWith("Kính gửi Công ty TNHH Thương mại Hồng Hà,"), receipt);
        assertTrue(
                receipt.contains("của Quý doanh nghiệp") && receipt.contains("bằng mã hồ sơ và mã số thuế"), receipt);
        String supplement = bodyOf(email, "Bản sao giấy phép");
        assertTrue(supplement.contains("đề nghị Quý doanh nghiệp bổ sung"), supplement);
        // This procedure restarts its time from the complete dossier: the message must not promise a pause.
        assertTrue(
                supplement.contains("Thời hạn giải quyết được tính lại từ đầu kể từ khi cơ quan nhận đủ hồ sơ bổ sung.")
                        && !supplement.contains("tạm dừng"),
                supplement);
        assertFalse(receipt.contains("Ông/Bà") || supplement.contains("Ông/Bà"), receipt + supplement);
    }

    /**
     * The log says when the email went, not when the worker marked it: marking waits for a full batch or the next
     * tick, up to a second later.
     */
    @Test
    void theDeliveryLogSaysWhenTheEmailWentNotWhenItWasMarked() throws Exception {
        String code = code();
        String email = "binh." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        send("dossier-intake-events", code, received(UUID.randomUUID().toString(), code, email, "0912345678"));
        Instant arrived = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> mailTo(email).isEmpty() ? null : Instant.now(), at -> at != null);
        Instant sentAt = await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> QuarkusTransaction.requiringNew()
                                .call(() -> Delivery.forDossier(code).stream()
                                        .filter(d ->
                                                d.channel == Delivery.Channel.EMAIL && d.status == Delivery.Status.SENT)
                                        .map(d -> d.sentAt)
                                        .findFirst()
                                        .orElse(null)),
                        at -> at != null);
        // The provider took it before the test saw it arrive (50 ms for the sender's own return).
        assertFalse(sentAt.isAfter(arrived.plusMillis(50)), "sent at " + sentAt + ", arrived by " + arrived);
    }

    @Test
    void aDeadlineMovedByACalendarChangeTellsTheCitizenTheNewAppointmentUnlessAnApologyGaveOne() throws Exception {
        String code = code();
        String email = "cuong." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        send("dossier-intake-events", code, received(UUID.randomUUID().toString(), code, email, "0912345670"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 1);
        // After an apology the citizen's date is form 04's: a recomputed legal date is not news for them.
        send(
                "dossier-status-events",
                code,
                status("DOSSIER_DEADLINE_CHANGED", code, ",\"newAppointmentAt\":\"2027-01-15T09:30:00Z\"")
                        .replace("2026-12-03T04:30", "2026-12-04T04:30"),
                status("DOSSIER_DEADLINE_CHANGED", code, "").replace("2026-12-03T04:30", "2026-12-04T04:30"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 2);
        MimeMessage moved = mailTo(email).get(1);
        assertEquals("Thay đổi ngày hẹn trả kết quả hồ sơ " + code, moved.getSubject());
        String text = moved.getContent().toString();
        assertTrue(text.contains("Ngày hẹn trả kết quả mới: 11 giờ 30 phút, ngày 04/12/2026."), text);
        Thread.sleep(2000); // anything doubled would have arrived by now
        assertEquals(2, mailTo(email).size(), "one message for the move, none for the apology's dossier state");
        SmsGatewayStub.server.verify(
                2, postRequestedFor(urlEqualTo("/messages")).withRequestBody(containing(code)));
    }

    @Test
    void theCitizenIsToldTheNewAppointmentAfterASupplementAPaymentToMakeAndASuspension() throws Exception {
        String code = code();
        String email = "dung." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        send("dossier-intake-events", code, received(UUID.randomUUID().toString(), code, email, "0912345671"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 1);
        send(
                "dossier-status-events",
                code,
                // The pause moved the due date by two working days.
                status("DOSSIER_SUPPLEMENT_RECEIVED", code, "").replace("2026-12-03T04:30", "2026-12-07T04:30"),
                status("DOSSIER_PAYMENT_REQUESTED", code, ""),
                status("DOSSIER_SUSPENDED", code, ",\"reason\":\"Thửa đất đang có tranh chấp\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 4);
        List<MimeMessage> mails = mailTo(email);
        assertEquals("Đã nhận hồ sơ bổ sung " + code, mails.get(1).getSubject());
        String supplement = mails.get(1).getContent().toString();
        assertTrue(supplement.contains("Thời gian hẹn trả kết quả: 11 giờ 30 phút, ngày 07/12/2026."), supplement);
        assertEquals(
                "Đề nghị thực hiện nghĩa vụ tài chính cho hồ sơ " + code,
                mails.get(2).getSubject());
        String payment = mails.get(2).getContent().toString();
        assertTrue(!payment.contains("Nội dung") && !payment.contains("null"), payment);
        assertEquals("Thông báo dừng giải quyết hồ sơ " + code, mails.get(3).getSubject());
        assertTrue(mails.get(3).getContent().toString().contains("Lý do: Thửa đất đang có tranh chấp"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> SmsGatewayStub.server.verify(
                        4, postRequestedFor(urlEqualTo("/messages")).withRequestBody(containing(code))));
    }

    /**
     * Papers sent online as a supplement: the applicant is told they reached the agency, and that the clock resumes
     * only when it records them. A receipt that gave no appointment still gets its appointment message after them.
     */
    @Test
    void papersSentOnlineAreConfirmedAndAnAppointmentStillToComeIsStillSent() throws Exception {
        String code = code();
        String email = "hoa." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        String intake = received(UUID.randomUUID().toString(), code, email, "0912345673")
                .replace("\"appointmentAt\":\"2026-12-03T04:30:00Z\",", "");
        String papers = received(UUID.randomUUID().toString(), code, email, "0912345673")
                .replace("\"appointmentAt\":\"2026-12-03T04:30:00Z\",", "")
                .replace("DOSSIER_RECEIVED", "DOSSIER_SUPPLEMENT_SUBMITTED")
                .replace("\"workingDays\":\"10\"", "\"workingDays\":\"10\",\"supplementPolicy\":\"RESTART\"");
        send("dossier-intake-events", code, intake, papers);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 2);
        MimeMessage sent = mailTo(email).get(1);
        assertEquals("Đã nhận giấy tờ bổ sung gửi trực tuyến cho hồ sơ " + code, sent.getSubject());
        String text = sent.getContent().toString();
        assertTrue(text.contains("Kính gửi Ông/Bà Nguyễn Văn An,"), text);
        assertTrue(text.contains("đã đến cơ quan đang giải quyết hồ sơ"), text);
        assertTrue(text.contains("Thời hạn giải quyết được tính lại từ đầu khi cơ quan xác nhận"), text);
        send("dossier-status-events", code, status("DOSSIER_DEADLINE_SET", code, ""));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 3);
        assertTrue(
                subject(mailTo(email).get(2)).contains("hẹn trả kết quả"),
                subject(mailTo(email).get(2)));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> SmsGatewayStub.server.verify(
                        1,
                        postRequestedFor(urlEqualTo("/messages"))
                                .withRequestBody(containing("Da nhan giay to bo sung gui truc tuyen cho ho so " + code
                                        + ". Co quan se bao khi nhan du va tinh lai thoi han giai quyet "
                                        + "tu dau."))));
    }

    /** After a hand-over the agency holding the dossier apologises (form 04), not the one that received it. */
    @Test
    void anApologyAfterAHandOverIsWordedByTheAgencyThatApologises() throws Exception {
        String code = code();
        String email = "giang." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        send("dossier-intake-events", code, received(UUID.randomUUID().toString(), code, email, "0912345672"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 1);
        String apology = ",\"actorAgency\":\"000.00.13.H57\",\"reason\":\"Chờ kết quả đo đạc\","
                + "\"newAppointmentAt\":\"2026-12-10T09:00:00Z\"";
        send(
                "dossier-status-events",
                code,
                status(
                        "DOSSIER_APOLOGY_ISSUED",
                        code,
                        apology + ",\"actorAgencyName\":\"Sở Xây dựng tỉnh Thái Nguyên\""),
                // Published before tracking named the agency: its code, never the receiving agency's name.
                status("DOSSIER_APOLOGY_ISSUED", code, apology));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 3);
        String named = mailTo(email).get(1).getContent().toString();
        assertTrue(named.contains("Sở Xây dựng tỉnh Thái Nguyên xin lỗi Ông/Bà"), named);
        assertTrue(named.contains("Thời gian hẹn trả kết quả mới: 16 giờ 00 phút, ngày 10/12/2026."), named);
        String older = mailTo(email).get(2).getContent().toString();
        assertTrue(older.contains("Cơ quan 000.00.13.H57 xin lỗi Ông/Bà"), older);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> SmsGatewayStub.server.verify(
                        1,
                        postRequestedFor(urlEqualTo("/messages"))
                                .withRequestBody(containing("So Xay dung tinh Thai Nguyen xin loi: ho so " + code
                                        + " cham tra ket qua. Hen moi: 16 gio 00 phut, ngay 10/12/2026."))));
    }

    @Test
    void theReturnedMessageCarriesASealedLinkToRateTheDossierThatNamesNothingInItsUrl() throws Exception {
        String code = code();
        String email = "dung." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        send("dossier-intake-events", code, received(UUID.randomUUID().toString(), code, email, "0912345671"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 1);
        send("dossier-status-events", code, status("DOSSIER_RETURNED", code, ",\"outcome\":\"ON_TIME\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 2);
        String text = mailTo(email).get(1).getContent().toString();
        Matcher link = Pattern.compile("(http\\S+/#/danh-gia/)(\\S+)").matcher(text);
        assertTrue(link.find(), text);
        assertEquals(webUrl + "/#/danh-gia/", link.group(1));
        String token = link.group(2);
        assertFalse(token.contains(code.substring(0, 6)) || token.contains("Nguy"), "nothing readable: " + token);
        RatingLinks links = RatingLinks.of(ApplicantIdHash.withKeys(idKeys));
        var invitation = links.open(token, Instant.now()).orElseThrow();
        assertEquals(code, invitation.dossierCode());
        assertTrue(links.open(token, Instant.now().plus(Duration.ofDays(31))).isEmpty(), "it expires");
        SmsGatewayStub.server.verify(
                1, postRequestedFor(urlEqualTo("/messages")).withRequestBody(containing("danh-gia/" + token)));
    }

    @Test
    void statusEventsThatOvertakeTheirDossiersIntakeEventWaitForItAndAreSentOnce() throws Exception {
        String code = code();
        String email = "binh." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        // Tracking's events first, as when the intake topic lags: the notifier does not know the citizen yet.
        send(
                "dossier-status-events",
                code,
                status("DOSSIER_DEADLINE_SET", code, ""),
                status("DOSSIER_SUPPLEMENT_REQUESTED", code, ",\"reason\":\"Bản sao giấy khai sinh\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> parked(code) == 2);
        assertEquals(0, mailTo(email).size());

        // Received without an appointment (tracking was asked later), so the deadline event is worth a message too.
        String intake = received(UUID.randomUUID().toString(), code, email, "0912345679")
                .replace("\"appointmentAt\":\"2026-12-03T04:30:00Z\",", "");
        send("dossier-intake-events", code, intake);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 3);
        List<String> subjects =
                mailTo(email).stream().map(NotificationFlowTest::subject).toList();
        assertEquals("Hồ sơ " + code + " đã được tiếp nhận", subjects.get(0), subjects.toString());
        assertTrue(
                mailTo(email).get(2).getContent().toString().contains("Bản sao giấy khai sinh"), subjects.toString());
        assertEquals(0, parked(code));
        Thread.sleep(2000); // anything doubled would have arrived by now
        assertEquals(3, mailTo(email).size(), "exactly one email per event");
        SmsGatewayStub.server.verify(
                3, postRequestedFor(urlEqualTo("/messages")).withRequestBody(containing(code)));
        given().port(management)
                .get("/q/metrics")
                .then()
                .body(org.hamcrest.Matchers.containsString("notification_parked_replayed_total"));
    }

    @Test
    void eventsThatCanHaveNoEffectAreSkippedWithoutAnInboxRowOrAParkedCopy() throws Exception {
        String code = code();
        String email = "giang." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        send("dossier-intake-events", code, received(UUID.randomUUID().toString(), code, email, "0912345672"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email).size() == 1);
        String given = status("DOSSIER_DEADLINE_SET", code, ",\"appointmentGiven\":true");
        String silent = status("DOSSIER_PROCESSING_STARTED", code, "");
        // An older tracking (no field) and an explicit false are read as "maybe pending": looked up, written down.
        String looked = status("DOSSIER_DEADLINE_SET", code, ",\"appointmentGiven\":false");
        send("dossier-status-events", code, given, silent, looked);
        // One partition, in order: once the last is written down, the two before it were handled.
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(looked));
        assertFalse(processed(given), "the receipt gave the appointment: nothing to write down");
        assertFalse(processed(silent), "a silent type: nothing to write down");
        // An unknown dossier's event that can have no effect is not parked waiting for contact details either.
        String unknown = code();
        send("dossier-status-events", unknown, status("DOSSIER_DEADLINE_SET", unknown, ",\"appointmentGiven\":true"));
        Thread.sleep(2000); // anything sent or parked would be there by now
        assertEquals(0, parked(unknown));
        assertEquals(1, mailTo(email).size(), "the receipt's message only");
    }

    /**
     * A counter receipt is a dossier's first event, so its recipient is written without a read; a second receipt under
     * another event id (a replay, a reused code) meets the one written before: the poll is applied again, the details
     * are updated, and the dossier behind it in the same poll is told too.
     */
    @Test
    void aSecondReceiptOfAKnownDossierUpdatesItsRecipientAndTheRestOfThePollGoesOn() throws Exception {
        String code = code(), next = code();
        String before = "hai." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        String after = "hai.moi." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        String other = "lan." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        send("dossier-intake-events", code, received(UUID.randomUUID().toString(), code, before, "0912345673"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(before).size() == 1);
        String again = received(UUID.randomUUID().toString(), code, after, "0912345673");
        // One key, so one partition, in one poll or two: the second receipt first, then another dossier's.
        send("dossier-intake-events", code, again, received(UUID.randomUUID().toString(), next, other, "0912345674"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(other).size() == 1);
        assertTrue(processed(again));
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(after).size() == 1);
        assertEquals(after, QuarkusTransaction.requiringNew().call(() -> Recipient.<Recipient>findById(code).email));
    }

    private static boolean processed(String event) throws Exception {
        String id = new ObjectMapper().readTree(event).get("eventId").asText();
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.count("eventId", id)) > 0;
    }

    private static long parked(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count("dossierCode", code));
    }

    @Test
    void aGatewayOutageIsRetriedAndARefusedNumberFailsWithTheReason() throws Exception {
        String flaky = code();
        String refused = code();
        send("dossier-intake-events", flaky, received(UUID.randomUUID().toString(), flaky, null, SmsGatewayStub.FLAKY));
        send(
                "dossier-intake-events",
                refused,
                received(UUID.randomUUID().toString(), refused, null, SmsGatewayStub.REFUSED));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(flaky).equals(List.of("SENT")));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(refused).equals(List.of("FAILED")));
        Delivery sent = QuarkusTransaction.requiringNew()
                .call(() -> Delivery.forDossier(flaky).get(0));
        assertEquals(2, sent.attempts, "one 503, then accepted");
        Delivery failed = QuarkusTransaction.requiringNew()
                .call(() -> Delivery.forDossier(refused).get(0));
        assertEquals(1, failed.attempts, "a 400 is not retried");
        assertTrue(failed.detail.contains("400"), failed.detail);
        given().port(management)
                .get("/q/metrics")
                .then()
                .body(org.hamcrest.Matchers.containsString("notification_retried_total{channel=\"SMS\""));
    }

    @Test
    void anOverdueDossierWarnsTheAgencyMailbox() throws Exception {
        String code = code();
        send("dossier-intake-events", code, received(UUID.randomUUID().toString(), code, null, "0912345678"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !status(code).isEmpty());
        send("dossier-status-events", code, status("DOSSIER_OVERDUE", code, ""));
        MimeMessage warning = agencyMailAbout(code);
        assertEquals("[Quá hạn] Hồ sơ " + code, subject(warning));
    }

    /**
     * A dossier imported into tracking from a legacy system has no intake event, so no contact details: its events
     * say so, and none waits in the park for details that cannot come; the agency's warning goes out without them.
     */
    @Test
    void anImportedDossiersEventsWaitForNoContactDetailsAndItsOverdueWarningReachesTheAgency() throws Exception {
        String code = code();
        String supplement = status("DOSSIER_SUPPLEMENT_REQUESTED", code, ",\"reason\":\"Bổ sung\",\"imported\":true");
        send("dossier-status-events", code, supplement, status("DOSSIER_OVERDUE", code, ",\"imported\":true"));
        MimeMessage warning = agencyMailAbout(code);
        assertEquals("[Quá hạn] Hồ sơ " + code, subject(warning));
        assertTrue(warning.getContent().toString().contains("(\"mã thủ tục 2.000488\")"), warning.getContent() + "");
        assertEquals(0, parked(code));
        assertFalse(processed(supplement), "the citizen's message has nobody to go to: skipped before the database");
        assertEquals(1, status(code).size(), "one delivery: the agency's mailbox");
        given().port(management)
                .get("/q/metrics")
                .then()
                .body(org.hamcrest.Matchers.containsString(
                        "notification_imported_no_contact_total{type=\"DOSSIER_SUPPLEMENT_REQUESTED\""));
    }

    @Test
    void afterAMergerTheOldAgencysWarningsGoToItsSuccessorsMailbox() throws Exception {
        String old = "000.97.01.H57";
        String successor = "000.97.02.H57";
        String code = code();
        send(
                "dossier-intake-events",
                code,
                received(UUID.randomUUID().toString(), code, null, "0912345671")
                        .replace("\"agencyCode\":\"" + AGENCY, "\"agencyCode\":\"" + old));
        await().atMost(Duration.ofSeconds(20)).until(() -> !status(code).isEmpty());
        String merged = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"AGENCY_MERGED\",\"agencyCode\":\"" + old
                + "\",\"successorCode\":\"" + successor + "\",\"occurredAt\":\"2026-11-30T02:00:00Z\"}";
        send(
                "agency-events",
                old,
                "{broken",
                merged,
                merged); // poison alone to the dead-letter topic; a redelivery is a no-op
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> Recipient.<Recipient>findByIdOptional(code)
                                .map(r -> r.agencyCode)
                                .orElse(""))
                        .equals(successor));
        // A warning still naming the old agency (sent before tracking moved the dossier) reaches the successor.
        send(
                "dossier-status-events",
                code,
                status("DOSSIER_OVERDUE", code, "").replace("\"agencyCode\":\"" + AGENCY, "\"agencyCode\":\"" + old));
        String mailbox = successor + "@motcua.local";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailTo(mailbox).stream().anyMatch(m -> subject(m).contains(code)));
        assertEquals(0, mailTo(old + "@motcua.local").size());
    }

    /** The first mail about the dossier in the agency's mailbox, once it has come. */
    private static MimeMessage agencyMailAbout(String code) {
        String mailbox = AGENCY + "@motcua.local";
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> mailTo(mailbox).stream()
                                .filter(m -> subject(m).contains(code))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** The body of the one email to {@code address} that contains {@code fragment}, whichever was sent first. */
    private static String bodyOf(String address, String fragment) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage m : mailTo(address)) {
            bodies.add(m.getContent().toString());
        }
        return bodies.stream()
                .filter(b -> b.contains(fragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no email to " + address + " says " + fragment + ": " + bodies));
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SmtpServer.mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static List<String> status(String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Delivery.forDossier(code).stream()
                        .map(d -> d.status.name())
                        .toList());
    }
}
