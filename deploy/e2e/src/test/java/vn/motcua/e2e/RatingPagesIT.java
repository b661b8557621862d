package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The satisfaction rating in headless Chromium, every way in: the full-screen view an officer opens for the citizen
 * at the counter (nothing of the officer on it), the link in the RETURNED email, the public lookup; then the
 * supervisor's report with the comments, numbers masked. Screenshots go to target/screenshots.
 */
class RatingPagesIT {
    static PackagedSystem system;
    static String site;
    static final Pattern LINK = Pattern.compile("http\\S+/#/danh-gia/\\S+");

    @BeforeAll
    static void system() {
        system = PackagedSystem.get();
        site = system.intake.url();
    }

    /** Received at the counter and taken by officer1 to the returned result, over the API. */
    static String returned(Dossiers dossiers, String idNumber, String email) {
        String code = dossiers.counter(Dossiers.body("2.000488", idNumber, email, "0987000222", "TK", "CCCD"))
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        dossiers.awaitTracked(code);
        for (String action : List.of("START_PROCESSING", "RESOLVE", "RETURN_RESULT")) {
            dossiers.actOk(code, "{\"action\":\"" + action + "\"}");
        }
        return code;
    }

    static void choose(Browser b, String level) {
        b.find("form.rating input[name=overall][value=" + level + "]").click();
    }

    static void send(Browser b) {
        b.find("form.rating button[type=submit]").click();
    }

    @Test
    void citizensRateAtTheCounterByTheMessagesLinkAndByLookupAndTheSupervisorReadsIt() {
        Dossiers dossiers = new Dossiers(system);
        String run = Long.toString(System.nanoTime(), 36);
        String atCounter = returned(dossiers, "001301000201", "quay." + run + "@example.vn");
        String linkMail = "lienket." + run + "@example.vn";
        String byLink = returned(dossiers, "001301000202", linkMail);
        String byLookup = returned(dossiers, "001301000203", "tracuu." + run + "@example.vn");

        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/ho-so/" + atCounter);
            officer.button("Đăng nhập").click();
            officer.logIn("officer1");
            officer.find("a[href='#/danh-gia-tai-quay/" + atCounter + "']").click();
            officer.find("form.rating.large");
            assertFalse(officer.driver.findElement(By.tagName("header")).isDisplayed(), "the desk's header is hidden");
            String screen = officer.find("body").getText();
            for (String officerData : List.of("Lê Văn Cường", "officer1", "Đăng xuất", "Hồ sơ đang giải quyết")) {
                assertFalse(screen.contains(officerData), "the citizen's screen shows " + officerData + ": " + screen);
            }
            assertTrue(screen.contains(atCounter), screen);
            choose(officer, "SATISFIED");
            officer.type("form.rating textarea[name=comment]", "Chờ lâu. Gọi 0912 345 678");
            officer.screenshot("16-counter-rating");
            send(officer);
            assertTrue(
                    officer.find("p.rated").getText().contains("Hài lòng"),
                    officer.find("#main").getText());
        }

        String link = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> Mailbox.of(system.smtp, linkMail).stream()
                                .map(m -> LINK.matcher(m.text()))
                                .filter(Matcher::find)
                                .map(Matcher::group)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .get();
        assertFalse(link.contains(byLink) || link.contains("001301000202"), "nothing readable in " + link);
        try (Browser citizen = new Browser(390, 844)) { // a phone, not signed in
            citizen.open(link);
            citizen.find("form.rating");
            assertTrue(
                    citizen.find("#main").getText().contains(byLink),
                    citizen.find("#main").getText());
            choose(citizen, "VERY_SATISFIED");
            citizen.screenshot("17-rating-by-link");
            send(citizen);
            assertTrue(citizen.find("p.rated").getText().contains("Rất hài lòng"));
            citizen.driver.navigate().refresh();
            assertTrue(citizen.find("p.rated").getText().contains("Rất hài lòng"), "the link is spent");
            assertTrue(
                    citizen.driver.findElements(By.cssSelector("form.rating")).isEmpty());
        }

        try (Browser anyone = new Browser(390, 844)) {
            anyone.open(site + "/#/tra-cuu");
            anyone.type("input[name=code]", byLookup);
            anyone.type("input[name=idNumber]", "001301000203");
            anyone.find("form button[type=submit]").click();
            anyone.find(".lookup-rating form.rating");
            assertTrue(
                    anyone.find(".result p").getText().contains("Đã trả kết quả"),
                    anyone.find(".result").getText());
            choose(anyone, "DISSATISFIED");
            anyone.screenshot("18-rating-by-lookup");
            send(anyone);
            assertTrue(anyone.find(".lookup-rating p.rated").getText().contains("Không hài lòng"));
        }

        try (Browser supervisor = new Browser(1280, 900)) {
            supervisor.open(site + "/can-bo.html#/bao-cao");
            supervisor.button("Đăng nhập").click();
            supervisor.logIn("supervisor1");
            String row = supervisor.find("tr[data-code='" + atCounter + "']").getText();
            assertTrue(row.contains("Tại quầy") && row.contains("Chờ lâu. Gọi **** *** 678"), row);
            assertTrue(
                    supervisor.find("tr[data-code='" + byLink + "']").getText().contains("Liên kết"));
            assertTrue(supervisor
                    .find("tr[data-code='" + byLookup + "']")
                    .getText()
                    .contains("Không hài lòng"));
            assertTrue(supervisor.find("a[href='#/bao-cao']").isDisplayed(), "the menu offers the report");
            assertTrue(supervisor
                    .find("p.scope")
                    .getText()
                    .startsWith("Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên"));
            // The month's scorecard of the agency beside the province, from the API.
            assertTrue(supervisor
                    .find("table.scorecard tr[data-indicator=ON_TIME] td.points")
                    .getText()
                    .matches("\\d+(,\\d+)?"));
            // The portal-sync indicator from intake's figures (the stack's portal simulator), not "Chưa đo được".
            String portal = supervisor
                    .find("table.scorecard tr[data-indicator=PORTAL_SYNC]")
                    .getText();
            assertTrue(portal.matches("(?s).*\\b[\\d.]+/[\\d.]+\\b.*") && !portal.contains("Chưa đo được"), portal);
            supervisor.screenshot("19-supervisor-report");
            // The download button saves an .xlsx the API wrote (a zip: "PK"), under its Vietnamese name.
            JavascriptExecutor js = (JavascriptExecutor) supervisor.driver;
            // The page's own download: the blob it saved (the page's CSP rightly forbids fetching it back).
            js.executeScript("window.saved = []; const url = URL.createObjectURL;"
                    + " URL.createObjectURL = (b) => { window.saved.push([b]); return url.call(URL, b); };"
                    + " HTMLAnchorElement.prototype.click = function () {"
                    + " window.saved[window.saved.length - 1].push(this.download); };");
            supervisor.button("Tải Bộ chỉ số 766 (Excel)").click();
            supervisor.wait.until(d -> ((Number) js.executeScript("return window.saved.length")).intValue() == 1
                    && js.executeScript("return window.saved[0][1]") != null);
            String name = (String) js.executeScript("return window.saved[0][1]");
            assertTrue(name.matches("bo-chi-so-766-\\d{4}-\\d{2}\\.xlsx"), name);
            Object head = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " window.saved[0][0].arrayBuffer()"
                    + ".then((b) => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2))"
                    + " + ':' + b.byteLength), (e) => done('error: ' + e));");
            assertTrue(head.toString().startsWith("PK:"), head.toString());
            // The month's dossier ledger (form 07) beside it.
            supervisor.button("Tải sổ theo dõi hồ sơ (mẫu 07, Excel)").click();
            supervisor.wait.until(d -> ((Number) js.executeScript("return window.saved.length")).intValue() == 2
                    && js.executeScript("return window.saved[1][1]") != null);
            String ledger = (String) js.executeScript("return window.saved[1][1]");
            assertTrue(ledger.matches("so-theo-doi-ho-so-\\d{4}-\\d{2}\\.xlsx"), ledger);
        }
    }

    @Test
    void theSupervisorReadsEveryRatingOfTheMonthAPageAtATime() {
        // 51 dossiers received, returned and rated at the counter: one more than a page of the month's ratings.
        Dossiers dossiers = new Dossiers(system);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            codes.add(dossiers.counter(Dossiers.body(
                            "2.000488",
                            String.format("0013010003%02d", i),
                            "trang" + i + "@example.vn",
                            "0987000444",
                            "TK",
                            "CCCD"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("code"));
        }
        for (String code : codes) {
            dossiers.awaitTracked(code);
            for (String action : List.of("START_PROCESSING", "RESOLVE", "RETURN_RESULT")) {
                dossiers.actOk(code, "{\"action\":\"" + action + "\"}");
            }
            given().baseUri(system.tracking().url())
                    .auth()
                    .oauth2(Tokens.of("officer1"))
                    .contentType("application/json")
                    .body("{\"overall\":\"SATISFIED\"}")
                    .post("/api/dossiers/" + code + "/rating/at-counter")
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        try (Browser supervisor = new Browser(1280, 900)) {
            supervisor.open(site + "/can-bo.html#/bao-cao");
            supervisor.button("Đăng nhập").click();
            supervisor.logIn("supervisor1");
            supervisor.find("table.ratings tr[data-code]");
            By first = By.cssSelector("table.ratings tr[data-code='" + codes.get(0) + "']");
            assertTrue(supervisor.driver.findElements(first).isEmpty(), "the first rated is past the 50 newest");
            supervisor.button("Trang sau ›").click();
            supervisor.find("table.ratings tr[data-code='" + codes.get(0) + "']");
            assertTrue(supervisor.find("nav.pages .page-of").getText().contains("Trang 2/"));
            supervisor.screenshot("19-supervisor-ratings-page-2");
            // Another month is chosen from two lists, in Vietnamese and in every browser (an <input type=month> is a
            // bare text box in Firefox): the month before this one has none of these ratings.
            YearMonth before = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);
            new Select(supervisor.find("form.inline select[name=month]"))
                    .selectByVisibleText("Tháng " + before.getMonthValue());
            new Select(supervisor.find("form.inline select[name=year]"))
                    .selectByVisibleText(Integer.toString(before.getYear()));
            supervisor.button("Xem").click();
            String scope = String.format("tháng %02d/%d.", before.getMonthValue(), before.getYear());
            supervisor.wait.until(
                    d -> d.findElement(By.cssSelector("p.scope")).getText().endsWith(scope));
            assertTrue(supervisor.driver.getCurrentUrl().endsWith("#/bao-cao/" + before));
            assertTrue(supervisor.driver.findElements(first).isEmpty(), "this month's rating in the month before");
        }
    }
}
