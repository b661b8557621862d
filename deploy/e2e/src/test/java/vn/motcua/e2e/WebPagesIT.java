package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in headless Chromium against the packaged system: a citizen submits online (with uploads and a
 * field error first), an officer accepts it and takes it to the end with the printed forms, a dossier is received
 * at the counter by keyboard, and anyone looks a dossier up. Screenshots go to target/screenshots.
 */
class WebPagesIT {
    static PackagedSystem system;
    static String site;

    @BeforeAll
    static void system() {
        system = PackagedSystem.get();
        site = system.intake.url();
    }

    /** The pixels left between the timeline's border and its items' text once the widest number is drawn. */
    static final String MARKER_ROOM = """
            const ol = document.querySelector('ol.timeline'), li = ol.querySelector('li');
            const pen = document.createElement('canvas').getContext('2d');
            pen.font = getComputedStyle(li).font;
            const widest = pen.measureText(ol.children.length + '. ').width;
            const left = ol.getBoundingClientRect().left + parseFloat(getComputedStyle(ol).borderLeftWidth);
            return li.getBoundingClientRect().left - left - widest;""";

    /** The dossier code (the argument) in the page's title: drawn on one line, within the page's main column. */
    static final String CODE_ON_ONE_LINE = """
            const h2 = document.querySelector('#main h2'), main = document.querySelector('#main');
            const walk = document.createTreeWalker(h2, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              const at = n.data.indexOf(arguments[0]);
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(n, at);
              range.setEnd(n, at + arguments[0].length);
              const boxes = range.getClientRects();
              return boxes.length === 1 && boxes[0].right <= main.getBoundingClientRect().right;
            }
            return false;""";

    /** What is drawn before each cell of the row holding {@code css}: its label on a phone, "none" elsewhere. */
    static List<String> cellLabels(Browser b, String css) {
        WebElement row = b.find(css).findElement(By.xpath("ancestor::tr"));
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) ((JavascriptExecutor) b.driver)
                .executeScript(
                        "return [...arguments[0].children].map((c) => getComputedStyle(c, '::before').content);", row);
        return drawn.stream().map(c -> c.replaceAll("^\"|\"$", "")).toList();
    }

    static Path pdf() throws Exception {
        // Under target/, so that the run's files go with the build rather than stay in /tmp.
        Path f = Files.createTempFile(Files.createDirectories(Path.of("target/uploads")), "to-khai", ".pdf")
                .toAbsolutePath();
        Files.writeString(f, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        return f;
    }

    @Test
    void aCitizenSubmitsOnlineAndAnOfficerTakesTheDossierToTheEnd() throws Exception {
        String code;
        try (Browser citizen = new Browser(1280, 900)) {
            citizen.open(site + "/#/thu-tuc");
            citizen.find(".cards .card h3");
            assertTrue(
                    citizen.driver.getPageSource().contains("Cấp Phiếu lý lịch tư pháp"),
                    "the catalogue lists the procedures");
            citizen.screenshot("01-citizen-catalogue");
            citizen.driver
                    .findElement(By.cssSelector("a[href='#/nop/2.000488']"))
                    .click();
            citizen.button("Đăng nhập").click();
            citizen.logIn("citizen1");
            // The realm has family name "Nguyễn Văn", given name "An": Vietnamese order, on the page and in the
            // dossier.
            assertEquals("Nguyễn Văn An", citizen.find("input[name=fullName]").getAttribute("value"));
            // The terms as the catalogue's card gives them (the fee had read "…, Không mất phí." for a free one).
            assertEquals(
                    "Thời hạn giải quyết: 9 ngày làm việc (nộp trực tuyến) · Phí, lệ phí: 200.000 đồng",
                    citizen.find("p.terms").getText());
            assertEquals("Nguyễn Văn An", citizen.find("#user .who").getText());
            new Select(citizen.find("select[name=agencyCode]")).selectByValue(Dossiers.AGENCY);
            // A first try without a phone number: the server's problem is shown next to the field.
            citizen.driver.findElement(By.cssSelector("button[type=submit]")).click();
            String error = citizen.find("input[name=phone] + .field-error").getText();
            assertTrue(!error.isBlank(), "a message next to the phone field");
            citizen.screenshot("02-citizen-field-error");
            citizen.type("input[name=phone]", "0912345678");
            citizen.type("input[name=email]", "an.web@example.vn");
            // Online as at the counter, the mandatory components are required, and the page says which.
            citizen.driver.findElement(By.cssSelector("button[type=submit]")).click();
            assertTrue(
                    citizen.find("fieldset[data-field=documents] + .field-error")
                            .getText()
                            .contains("thiếu thành phần bắt buộc"),
                    citizen.find("form").getText());
            citizen.find("input[data-component=TK]").sendKeys(pdf().toString());
            citizen.find("input[data-component=CCCD]").sendKeys(pdf().toString());
            citizen.driver.findElement(By.cssSelector("button[type=submit]")).click();
            code = citizen.find(".dossier-code").getText();
            assertTrue(code.startsWith("000.00.12.H57-"), code);
            citizen.screenshot("03-citizen-submitted");
            // Their list and the dossier name the procedure as the catalogue does, not by its code "2.000488".
            citizen.open(site + "/#/cua-toi");
            WebElement mine = citizen.find("td a[href='#/ho-so/" + code + "']").findElement(By.xpath("ancestor::tr"));
            assertEquals( // a wide screen has the table's headings: no label before each cell
                    List.of("none", "none", "none", "none", "none"),
                    cellLabels(citizen, "td a[href='#/ho-so/" + code + "']"));
            assertTrue(mine.getText().contains("Cấp Phiếu lý lịch tư pháp"), mine.getText());
            mine.findElement(By.tagName("a")).click();
            assertEquals(
                    "Thủ tục: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
                    citizen.find("p.procedure").getText());
            assertEquals(
                    2,
                    citizen.driver
                            .findElements(By.cssSelector(".papers button.link"))
                            .size());
        }

        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/truc-tuyen");
            officer.button("Đăng nhập").click();
            officer.logIn("officer1");
            officer.find("tr[data-code='" + code + "'] button.accept");
            String waiting = officer.find("tr[data-code='" + code + "']").getText();
            assertTrue(
                    waiting.contains("Cấp Phiếu lý lịch tư pháp")
                            && waiting.contains("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"),
                    "the procedure and its documents by name: " + waiting);
            officer.screenshot("04-officer-online-queue");
            // The officer reads what the citizen uploaded before deciding: each document opens in a new tab.
            int tabs = officer.driver.getWindowHandles().size();
            officer.find("tr[data-code='" + code + "'] ul.documents button.link")
                    .click();
            officer.wait.until(d -> d.getWindowHandles().size() > tabs);
            officer.find("tr[data-code='" + code + "'] button.accept").click();
            officer.wait.until(
                    ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-code='" + code + "']")));

            // Other suites leave many dossiers of the same agency in the queue, sorted by deadline, so the new one may
            // not be on the first page: the officer searches for its code, as at a real desk. Each reload renders after
            // the sign-in check and the API's answer, so look only once the page shows a result or "none".
            By row = By.cssSelector("tr[data-code='" + code + "']");
            String search = site + "/can-bo.html#/hang-doi/" + URLEncoder.encode("q=" + code, StandardCharsets.UTF_8);
            officer.wait.withTimeout(Duration.ofSeconds(90)).until(d -> {
                d.navigate().to(search);
                d.navigate().refresh();
                try {
                    new WebDriverWait(d, Duration.ofSeconds(20))
                            .until(ExpectedConditions.or(
                                    ExpectedConditions.presenceOfElementLocated(row),
                                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main p.empty"))));
                } catch (TimeoutException slowPage) {
                    return false; // reload and look again
                }
                return !d.findElements(row).isEmpty();
            });
            officer.screenshot("05-officer-queue");
            officer.find("tr[data-code='" + code + "'] a").click();
            assertEquals(
                    "Thủ tục: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
                    officer.find("p.procedure").getText());
            // Who filed it, masked as everywhere: the officer handing over the result checks the person against it.
            assertEquals(
                    "Người nộp: Nguyễn Văn An · Số định danh *********345 · Điện thoại *******678 · an.web@example.vn",
                    officer.find("p.applicant").getText());
            assertTrue(
                    officer.find(".papers ul.documents button.link")
                            .getText()
                            .contains("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"),
                    "the dossier's page lists its uploaded documents");
            // Only the forms the dossier has something for: form 02 once a supplement is requested, no 04 without
            // an apology (the button would answer an error).
            assertEquals(List.of("Mẫu 06 — Phiếu kiểm soát quá trình"), formButtons(officer));
            act(officer, "START_PROCESSING", null);
            act(officer, "REQUEST_SUPPLEMENT", "Bản sao Căn cước công dân có chứng thực");
            assertEquals(
                    List.of("Mẫu 02 — Phiếu yêu cầu bổ sung", "Mẫu 06 — Phiếu kiểm soát quá trình"),
                    formButtons(officer));
            assertEquals("Chờ bổ sung", officer.find("strong.status").getText());
            int windows = officer.driver.getWindowHandles().size();
            officer.button("Mẫu 02 — Phiếu yêu cầu bổ sung").click();
            officer.wait.until(d -> d.getWindowHandles().size() > windows);
            act(officer, "SUPPLEMENT_RECEIVED", null);
            act(officer, "RESOLVE", null);
            officer.screenshot("06-officer-dossier-resolved");
            // A resolved dossier stays on the desk until its result is returned: the officer finds it by its state,
            // whose label, like every status on the pages, comes from the API.
            // One render of the filtered queue (a search typed into the form would first show the whole queue,
            // where the dossier now stands too, and then replace it).
            officer.open(site + "/can-bo.html#/hang-doi/"
                    + URLEncoder.encode("q=" + code + "&status=RESOLVED", StandardCharsets.UTF_8));
            officer.wait.until(d -> d.findElements(By.cssSelector("tbody tr")).size() == 1
                    && d.findElement(By.cssSelector("tr[data-code='" + code + "']"))
                            .getText()
                            .contains("Đã có kết quả"));
            assertEquals(
                    "Đã có kết quả",
                    new Select(officer.find("form.filter select[name=status]"))
                            .getFirstSelectedOption()
                            .getText());
            officer.find("tr[data-code='" + code + "'] a").click();
            act(officer, "RETURN_RESULT", null);
            assertEquals("Đã trả kết quả", officer.find("strong.status").getText());
            assertTrue(officer.driver.getPageSource().contains("Hồ sơ đã kết thúc."));
        }

        try (Browser citizen = new Browser(390, 844)) { // a phone
            citizen.open(site + "/#/cua-toi");
            citizen.button("Đăng nhập").click();
            citizen.logIn("citizen1");
            // The list says where the dossier stands now, not intake's "Đã tiếp nhận" of the day it was received.
            String row = citizen.find("td a[href='#/ho-so/" + code + "']")
                    .findElement(By.xpath("ancestor::tr"))
                    .getText();
            assertTrue(row.contains("Đã trả kết quả"), row);
            // …and, the result returned, no appointment that has passed: the cell under "Hẹn trả" says none.
            assertEquals(
                    "—",
                    citizen.find("td a[href='#/ho-so/" + code + "']")
                            .findElement(By.xpath("ancestor::tr/td[4]"))
                            .getText());
            // The headings are hidden on a phone: each cell says what it is, so the appointment is not a bare date.
            assertEquals(
                    List.of("Mã hồ sơ: ", "Thủ tục: ", "Ngày nộp: ", "Hẹn trả: ", "Tình trạng: "),
                    cellLabels(citizen, "td a[href='#/ho-so/" + code + "']"));
            citizen.screenshot("06-citizen-phone-list");
            citizen.find("a[href='#/ho-so/" + code + "']").click();
            citizen.find(".timeline li");
            // With the result returned the page says when, not an appointment that is past and kept.
            String main = citizen.find("#main").getText();
            assertTrue(
                    main.matches("(?s).*Nộp lúc [^\n]+ · Đã trả kết quả lúc \\d{2}:\\d{2}.*")
                            && !main.contains("Hẹn trả kết quả"),
                    main);
            assertEquals(
                    Boolean.TRUE,
                    ((JavascriptExecutor) citizen.driver).executeScript(CODE_ON_ONE_LINE, code),
                    "the dossier's code in the title breaks across lines or leaves the page");
            var steps = citizen.driver.findElements(By.cssSelector(".timeline li"));
            assertTrue(
                    steps.get(steps.size() - 1).getText().contains("Trả kết quả · Đã trả kết quả"),
                    "the timeline ends with the return");
            assertTrue(
                    steps.stream()
                            .anyMatch(s -> s.getText()
                                    .contains("Yêu cầu bổ sung hồ sơ (mẫu 02) · Chờ bổ sung — Bản sao Căn cước")),
                    "the supplement request reads as what happened");
            // The agency's letter to them is theirs to keep: what to bring (form 02).
            int windows = citizen.driver.getWindowHandles().size();
            citizen.button("Tải phiếu yêu cầu bổ sung (mẫu 02)").click();
            citizen.wait.until(d -> d.getWindowHandles().size() > windows);
            assertTrue(citizen.driver
                    .findElements(By.xpath("//button[contains(., '(mẫu 04)')]"))
                    .isEmpty());
            citizen.screenshot("07-citizen-phone-timeline");
            // The step numbers stand between the timeline's line and the text, not under the line.
            Number room = (Number) ((JavascriptExecutor) citizen.driver).executeScript(MARKER_ROOM);
            assertTrue(room.doubleValue() >= 0, "the numbers of the steps overlap the line by " + room + " px");
            // With the result in hand the citizen rates the handling, once; without a level the form says so.
            citizen.driver
                    .findElement(By.cssSelector("form.rating button[type=submit]"))
                    .click();
            assertFalse(citizen.find("fieldset[data-field=overall] + .field-error")
                    .getText()
                    .isBlank());
            citizen.driver
                    .findElement(By.cssSelector("form.rating input[name=overall][value=VERY_SATISFIED]"))
                    .click();
            citizen.type("form.rating textarea[name=comment]", "Cán bộ hướng dẫn tận tình");
            citizen.screenshot("08-citizen-rating");
            citizen.driver
                    .findElement(By.cssSelector("form.rating button[type=submit]"))
                    .click();
            assertTrue(
                    citizen.find("p.rated").getText().contains("Rất hài lòng"),
                    citizen.find("#main").getText());
            citizen.driver.navigate().refresh();
            assertTrue(citizen.find("p.rated").getText().contains("Rất hài lòng"), "the page remembers the rating");
            assertTrue(
                    citizen.driver.findElements(By.cssSelector("form.rating")).isEmpty(), "no second rating");
        }
    }

    @Test
    void theTokenStaysInThePagesMemoryAndLoggingOutEndsTheSession() {
        try (Browser citizen = new Browser(1280, 900)) {
            citizen.open(site + "/#/cua-toi");
            citizen.button("Đăng nhập").click();
            citizen.logIn("citizen2");
            citizen.find("#user .who");
            citizen.find("h2");
            String reachable = (String) ((JavascriptExecutor) citizen.driver)
                    .executeScript(
                            "return JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.cookie;");
            assertFalse(reachable.contains("eyJ"), "no token where a script could read it later: " + reachable);
            // Another page of the same tab is signed in through Keycloak's session, not through a stored token.
            citizen.open(site + "/can-bo.html#/hang-doi");
            citizen.find("#user .who");
            citizen.open(site + "/#/cua-toi");
            citizen.button("Đăng xuất").click();
            citizen.button("Đăng nhập");
            // A fresh start of the page: a hash change alone could race the page's own start after Keycloak's logout
            // brought it back (it then draws the home page over the one asked for).
            citizen.open(site + "/#/cua-toi");
            citizen.driver.navigate().refresh();
            citizen.wait.until(d -> d.findElement(By.id("main")).getText().contains("Vui lòng đăng nhập"));
            // The Keycloak session is over: logging in again asks for the password.
            citizen.button("Đăng nhập").click();
            citizen.find("#username");
            // Keycloak's page speaks Vietnamese too, whatever the browser's language (this one's is English).
            assertEquals("vi", citizen.driver.findElement(By.tagName("html")).getAttribute("lang"));
            String form = citizen.find("body").getText();
            assertTrue(form.contains("Đăng nhập tài khoản") && form.contains("Mật khẩu"), form);
            citizen.screenshot("15-citizen-logged-out");
        }
    }

    @Test
    void theCatalogueShowsAProceduresOwnTimeWhenNoOnlineTimeIsSet() {
        try (Browser anyone = new Browser(1280, 900)) {
            anyone.open(site + "/#/thu-tuc");
            // Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất: 10 working days, no separate online time.
            var card = anyone.find(".cards .card:has(a[href='#/nop/1.004227'])");
            assertTrue(card.getText().contains("Thời hạn giải quyết: 10 ngày làm việc"), card.getText());
            assertTrue(!card.getText().contains("trong ngày"), card.getText());
            // The page opens at its top: the menu and the log-in button in sight (the focus on the content had
            // scrolled them away).
            assertEquals(
                    0L,
                    ((JavascriptExecutor) anyone.driver)
                            .executeScript("return Math.round(document.querySelector('#user button')"
                                    + ".getBoundingClientRect().top) < 0 ? 1 : 0;"));
            anyone.screenshot("10-catalogue-land-procedure");
        }
    }

    @Test
    void aCitizenAtTheOfficersDeskIsToldWhereToGo() {
        try (Browser citizen = new Browser(1280, 900)) {
            citizen.open(site + "/can-bo.html#/hang-doi");
            citizen.button("Đăng nhập").click();
            citizen.logIn("citizen1");
            String text = citizen.find("main .problem").getText();
            assertTrue(text.contains("tài khoản công dân"), text);
            assertTrue(!citizen.driver.getPageSource().contains("Lỗi 403"), "no bare status code");
            assertEquals(site + "/", citizen.find("main a[href='/']").getAttribute("href"));
            citizen.screenshot("11-citizen-at-officers-desk");
        }
    }

    @Test
    void theOfficersQueueIsSearchedAndTheActionFormAsksOnlyWhatTheActionNeeds() {
        Dossiers dossiers = new Dossiers(system);
        String code = dossiers.counter(
                        Dossiers.body("2.000488", "036188004567", "hang.doi@example.vn", "0987000222", "TK", "CCCD"))
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        dossiers.awaitTracked(code);
        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/hang-doi");
            officer.button("Đăng nhập").click();
            officer.logIn("officer1");
            officer.type(
                    "form.filter input[name=q]", code.substring(code.length() - 11)); // "261202-0042": date and number
            officer.driver
                    .findElement(By.cssSelector("form.filter button[type=submit]"))
                    .click();
            officer.wait.until(d -> d.findElements(By.cssSelector("tbody tr")).size() == 1
                    && !d.findElements(By.cssSelector("tr[data-code='" + code + "']"))
                            .isEmpty());
            assertTrue(officer.find("nav.pages .page-of").getText().contains("Trang 1/1"));
            officer.screenshot("12-officer-queue-search");
            officer.find("tr[data-code='" + code + "'] a").click();

            Select action = new Select(officer.find("form.action select[name=action]"));
            action.selectByValue("START_PROCESSING");
            assertTrue(!officer.driver
                    .findElement(By.cssSelector("form.action select[name=toAgency]"))
                    .isDisplayed());
            assertTrue(!officer.driver
                    .findElement(By.cssSelector("form.action input[name=newDate]"))
                    .isDisplayed());
            assertTrue(!officer.driver
                    .findElement(By.cssSelector("form.action textarea[name=reason]"))
                    .isDisplayed());
            act(officer, "START_PROCESSING", null);
            // The actions read as tracking names them (its history and forms say the same), not a second copy.
            By payment = By.cssSelector("form.action select[name=action] option[value=REQUEST_PAYMENT]");
            officer.wait.until(ExpectedConditions.presenceOfElementLocated(payment));
            assertEquals(
                    "Yêu cầu thực hiện nghĩa vụ tài chính",
                    officer.driver.findElement(payment).getAttribute("textContent"));

            // An apology asks for a reason and a date typed day/month/year, whatever the browser's locale.
            new Select(officer.find("form.action select[name=action]")).selectByValue("APOLOGIZE");
            assertTrue(!officer.driver
                    .findElement(By.cssSelector("form.action select[name=toAgency]"))
                    .isDisplayed());
            officer.type("form.action textarea[name=reason]", "Cần xác minh thêm tại cơ quan công an");
            officer.type("form.action input[name=newDate]", "31/02/2027");
            officer.driver
                    .findElement(By.cssSelector("form.action button[type=submit]"))
                    .click();
            assertTrue(
                    officer.find("input[name=newDate] + .field-error").getText().contains("ngày/tháng/năm"));
            java.time.LocalDate later = java.time.OffsetDateTime.parse(
                            dossiers.timeline(code).then().extract().<String>path("dueAt"))
                    .toLocalDate()
                    .plusDays(20);
            String typed = later.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            officer.type("form.action input[name=newDate]", typed);
            String before = officer.find("ol.timeline").getText();
            officer.driver
                    .findElement(By.cssSelector("form.action button[type=submit]"))
                    .click();
            officer.wait.until(
                    d -> !d.findElement(By.cssSelector("ol.timeline")).getText().equals(before));
            String appointment = dossiers.timeline(code).then().extract().path("newAppointmentAt");
            assertEquals(later, java.time.OffsetDateTime.parse(appointment).toLocalDate(), appointment);
            // The history says what happened, as the action's button does, not only the status it left.
            assertTrue(
                    lastOf(officer, "ol.timeline li")
                            .startsWith("Xin lỗi và hẹn lại (mẫu 04) · Đang xử lý — Cần xác minh thêm"),
                    officer.find("ol.timeline").getText());

            // A hand-over picks the agency from the registry by its name.
            new Select(officer.find("form.action select[name=action]")).selectByValue("HAND_OVER");
            new Select(officer.find("form.action select[name=toAgency]"))
                    .selectByVisibleText("Sở Xây dựng tỉnh Thái Nguyên");
            officer.type("form.action input[name=stepWorkingDays]", "3");
            assertTrue(!officer.driver
                    .findElement(By.cssSelector("form.action input[name=newDate]"))
                    .isDisplayed());
            officer.screenshot("13-officer-hand-over-form");
            officer.driver
                    .findElement(By.cssSelector("form.action button[type=submit]"))
                    .click();
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> "000.00.13.H57"
                            .equals(dossiers.timeline(code).then().extract().path("holdingAgency")));
            // …and where it went.
            officer.wait.until(d -> lastOf(officer, "ol.timeline li")
                    .startsWith("Chuyển xử lý đến Sở Xây dựng tỉnh Thái Nguyên · Đang xử lý"));
            // The agency that gave it no longer has actions to take (tracking would refuse each one), and is told who
            // has.
            assertEquals(
                    "Hồ sơ đang do Sở Xây dựng tỉnh Thái Nguyên xử lý; chỉ cán bộ của cơ quan đang giữ hồ sơ thực hiện"
                            + " được các thao tác.",
                    officer.find("p.held-elsewhere").getText());
            assertTrue(
                    officer.driver.findElements(By.cssSelector("form.action")).isEmpty());
        }
    }

    /** The text of the last element matching {@code css}, its time left off. */
    private static String lastOf(Browser b, String css) {
        var all = b.driver.findElements(By.cssSelector(css));
        var last = all.get(all.size() - 1);
        return last.getText()
                .substring(last.findElement(By.tagName("time")).getText().length())
                .strip();
    }

    @Test
    void theAgencyADossierIsHandedOverToReadsItsUploads() throws Exception {
        Dossiers dossiers = new Dossiers(system);
        String file = given().baseUri(site)
                .auth()
                .oauth2(Tokens.of("citizen1"))
                .multiPart("file", pdf().toFile(), "application/pdf")
                .post("/api/files")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String code = dossiers.onlineAccepted(
                "ban.giao@example.vn",
                "{\"componentCode\":\"TK\",\"fileId\":\"" + file + "\"}",
                "{\"componentCode\":\"CCCD\"}");
        dossiers.awaitTracked(code);
        String document = "/api/dossiers/" + code + "/documents/" + file;
        // officer2 works at the Department of Construction: nothing of the dossier until it is handed over there.
        given().baseUri(site)
                .auth()
                .oauth2(Tokens.of("officer2"))
                .get(document)
                .then()
                .statusCode(404);
        dossiers.actOk(code, "{\"action\":\"HAND_OVER\",\"toAgency\":\"000.00.13.H57\",\"stepWorkingDays\":3}");
        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/ho-so/" + code);
            officer.button("Đăng nhập").click();
            officer.logIn("officer2");
            WebElement upload = officer.find(".papers ul.documents button.link");
            assertTrue(upload.getText().contains("Tờ khai"), upload.getText());
            int tabs = officer.driver.getWindowHandles().size();
            upload.click();
            officer.wait.until(d -> d.getWindowHandles().size() > tabs);
            // Handed back to the centre, the dossier is no longer the department's to read: the page says where it
            // went (it used to show "not found" on the form, as if the hand-over had failed).
            new Select(officer.find("form.action select[name=action]")).selectByValue("HAND_OVER");
            new Select(officer.find("form.action select[name=toAgency]")).selectByValue(Dossiers.AGENCY);
            officer.type("form.action input[name=stepWorkingDays]", "1");
            officer.driver
                    .findElement(By.cssSelector("form.action button[type=submit]"))
                    .click();
            assertEquals(
                    "Đã chuyển hồ sơ đến Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên; hồ sơ nay do cơ quan đó"
                            + " xử lý.",
                    officer.find("p.success").getText());
            assertEquals(
                    Dossiers.AGENCY, dossiers.timeline(code).then().extract().path("holdingAgency"));
        }
        dossiers.actOk(code, "{\"action\":\"REQUEST_PAYMENT\",\"reason\":\"Lệ phí 200.000 đồng\"}");
        try (Browser citizen = new Browser(390, 844)) {
            // The applicant reads where the dossier went at each hand-over, not only that it moved.
            citizen.open(site + "/#/ho-so/" + code);
            citizen.button("Đăng nhập").click();
            citizen.logIn("citizen1");
            citizen.find(".timeline li");
            List<String> handOvers = citizen.driver.findElements(By.cssSelector(".timeline li")).stream()
                    .map(WebElement::getText)
                    .filter(line -> line.contains("Chuyển xử lý"))
                    .map(line -> line.substring(line.indexOf("Chuyển xử lý")))
                    .toList();
            assertEquals(
                    List.of(
                            "Chuyển xử lý đến Sở Xây dựng tỉnh Thái Nguyên · Đang xử lý",
                            "Chuyển xử lý đến Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên · Đang xử lý"),
                    handOvers);
            // What is theirs to do, beside the status: pay what the officer wrote, then come for the result.
            assertEquals(
                    "Ông/Bà cần thực hiện nghĩa vụ tài chính (nộp phí, lệ phí, thuế hoặc khoản thu khác theo quy "
                            + "định): Lệ phí 200.000 đồng. Hồ sơ được giải quyết tiếp sau khi Ông/Bà hoàn thành "
                            + "nghĩa vụ tài chính.",
                    citizen.find("p.next-step").getText());
            dossiers.actOk(code, "{\"action\":\"PAYMENT_RECEIVED\"}");
            dossiers.actOk(code, "{\"action\":\"RESOLVE\"}");
            citizen.driver.navigate().refresh();
            citizen.wait.until(
                    d -> d.findElement(By.cssSelector("p.next-step")).getText().startsWith("Hồ sơ đã có kết quả."));
            assertEquals(
                    "Hồ sơ đã có kết quả. Mời Ông/Bà đến Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên nhận kết "
                            + "quả, mang theo phiếu tiếp nhận hồ sơ và giấy tờ tùy thân.",
                    citizen.find("p.next-step").getText());
        }
    }

    @Test
    void theOnlineQueueAndTheCitizensListReachEveryDossierAPageAtATime() {
        // 51 online dossiers wait at the Department of Construction, whose officer is officer2: one more than a page.
        String body = Dossiers.body("2.000488", "001301000123", "cho.tiep.nhan@example.vn", "0912000333", "TK", "CCCD")
                .replace("\"" + Dossiers.AGENCY + "\"", "\"000.00.13.H57\"");
        Dossiers dossiers = new Dossiers(system);
        String oldest = dossiers.submitted("citizen2", body);
        for (int i = 1; i < 51; i++) {
            dossiers.submitted("citizen2", body);
        }
        By row = By.cssSelector("tr[data-code='" + oldest + "']");
        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/truc-tuyen");
            officer.button("Đăng nhập").click();
            officer.logIn("officer2");
            officer.find("tr[data-code] button.accept");
            String title = officer.find("#main h2").getText();
            assertTrue(title.matches(".*\\((5[1-9]|[6-9]\\d|\\d{3,})\\)"), "the title counts them all: " + title);
            // The oldest is past the first page: the officer reaches it by "next".
            while (officer.driver.findElements(row).isEmpty()) {
                String first = officer.find("tr[data-code]").getAttribute("data-code");
                officer.button("Trang sau ›").click();
                officer.wait.until(d -> !first.equals(
                        d.findElement(By.cssSelector("tr[data-code]")).getAttribute("data-code")));
            }
            officer.screenshot("16-officer-online-queue-page-2");
            assertTrue(officer.find("nav.pages .page-of").getText().contains("Trang 2/"));
        }
        // The citizen's own list, newest first, reaches the first of them the same way.
        try (Browser citizen = new Browser(390, 844)) {
            citizen.open(site + "/#/cua-toi");
            citizen.button("Đăng nhập").click();
            citizen.logIn("citizen2");
            citizen.find("td a[href^='#/ho-so/']");
            assertTrue(citizen.driver
                    .findElements(By.cssSelector("td a[href='#/ho-so/" + oldest + "']"))
                    .isEmpty());
            citizen.button("Trang sau ›").click();
            citizen.find("td a[href='#/ho-so/" + oldest + "']");
            assertTrue(citizen.find("nav.pages .page-of").getText().contains("Trang 2/"));
        }
    }

    /**
     * A citizen calls the desk with the code of a dossier submitted online: the agency's list does not hold it until
     * it is accepted, so the search says where it waits, and its page lets the officer accept it.
     */
    @Test
    void anOfficerFindsAnOnlineDossierByItsCodeAndAcceptsItOnItsPage() {
        String body = Dossiers.body("2.000488", Dossiers.CITIZEN_ID, "goi.dien@example.vn", "0912000444", "TK", "CCCD");
        String code = new Dossiers(system).submitted("citizen1", body);
        String refused = new Dossiers(system).submitted("citizen1", body);
        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/hang-doi/" + URLEncoder.encode("q=" + code, StandardCharsets.UTF_8));
            officer.button("Đăng nhập").click();
            officer.logIn("officer1");
            WebElement waiting = officer.find("p.empty .waiting");
            assertTrue(waiting.getText().contains(code + " nộp trực tuyến lúc"), waiting.getText());
            waiting.findElement(By.tagName("a")).click();
            assertEquals("Mới nộp trực tuyến", officer.find("strong.status").getText());
            assertEquals(
                    2,
                    officer.driver
                            .findElements(By.cssSelector(".papers ul.documents li"))
                            .size(),
                    "the documents are there to check before deciding");
            // Who filed it, masked, and a number to call about a missing paper before refusing.
            assertEquals(
                    "Người nộp: Nguyễn Văn An · Số định danh *********345 · Điện thoại *******444"
                            + " · goi.dien@example.vn",
                    officer.find("p.applicant").getText());
            // The refusal's box says what goes in it, to the eye and not only to a screen reader.
            assertEquals(
                    "Lý do không tiếp nhận (mỗi dòng một lý do)",
                    officer.find("form.inline textarea[name=reasons]").getDomAttribute("placeholder"));
            officer.screenshot("17-officer-online-dossier-page");
            officer.find("button.accept").click();
            officer.wait.until(ExpectedConditions.textToBe(By.cssSelector("strong.status"), "Đã tiếp nhận"));
            // Once tracking has it (a moment later), the same page becomes the dossier's whole record by itself: it
            // used to ask the officer to reload.
            new WebDriverWait(officer.driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.timeline")));
            assertTrue(officer.find("ol.timeline").getText().contains("Tiếp nhận hồ sơ"));
            assertTrue(officer.find("form.action select[name=action]").isDisplayed(), "the actions are offered");
            // Refused from its page, the dossier says so and why (tracking keeps no timeline for a refusal).
            officer.open(site + "/can-bo.html#/ho-so/" + refused);
            officer.type("form.inline textarea[name=reasons]", "Thiếu chữ ký trên tờ khai");
            officer.button("Không tiếp nhận (mẫu 03)").click();
            officer.wait.until(ExpectedConditions.textToBe(By.cssSelector("strong.status"), "Không tiếp nhận"));
            assertEquals(
                    "Lý do không tiếp nhận: Thiếu chữ ký trên tờ khai",
                    officer.find("p.problem").getText());
        }
    }

    private static List<String> formButtons(Browser officer) {
        return officer.find("p.forms").findElements(By.tagName("button")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void act(Browser officer, String action, String reason) {
        officer.find("form.action select[name=action]");
        new Select(officer.find("form.action select[name=action]")).selectByValue(action);
        if (reason != null) {
            officer.type("form.action textarea[name=reason]", reason);
        }
        String before = officer.find("ol.timeline").getText();
        officer.driver
                .findElement(By.cssSelector("form.action button[type=submit]"))
                .click();
        officer.wait.until(
                d -> !d.findElement(By.cssSelector("ol.timeline")).getText().equals(before));
        officer.find("form.action, p.forms"); // the dossier is drawn again
    }

    @Test
    void anOfficerReceivesAtTheCounterByKeyboardAndPrintsTheReceipt() {
        String code;
        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/tiep-nhan");
            officer.button("Đăng nhập").click();
            officer.logIn("officer1");
            var procedure = officer.find("select[name=procedureCode]");
            // A provincial centre is offered the provincial procedures only: a commune's (marriage) would be refused
            // after the whole form was typed.
            List<String> offered = new Select(procedure)
                    .getOptions().stream().map(o -> o.getAttribute("value")).toList();
            assertTrue(offered.contains("2.000488") && !offered.contains("1.000894"), offered.toString());
            new Select(procedure).selectByValue("2.000488");
            // Typed in a hurry, all in small letters: form 01 and the messages would have addressed "trần thị bình".
            officer.find("input[name=fullName]")
                    .sendKeys("trần thị bình", Keys.TAB, "001301000123", Keys.TAB, "0987654321");
            // Submitting without the mandatory components is stopped on the page, before any request.
            officer.driver.findElement(By.cssSelector("input[name=phone]")).sendKeys(Keys.ENTER);
            assertTrue(officer.find(".problem").getText().contains("Thiếu thành phần bắt buộc"));
            officer.find("input[name=component][value=TK]").click();
            officer.find("input[name=component][value=CCCD]").sendKeys(Keys.SPACE);
            officer.driver.findElement(By.cssSelector("input[name=phone]")).sendKeys(Keys.ENTER);
            code = officer.find(".dossier-code").getText();
            assertTrue(code.startsWith("000.00.12.H57-"), code);
            assertEquals(
                    "Trần Thị Bình", officer.find(".result .applicant-name").getText());
            officer.screenshot("08-officer-counter-received");
            int windows = officer.driver.getWindowHandles().size();
            officer.driver.switchTo().activeElement().sendKeys(Keys.ENTER); // the print button has the focus
            officer.wait.until(d -> d.getWindowHandles().size() > windows);
            // The next applicant starts with no paper ticked: a box left from the last one would be on the receipt.
            assertTrue(
                    officer.driver.findElements(By.cssSelector("input[name=component]")).stream()
                            .noneMatch(WebElement::isSelected),
                    "the components of the last applicant are still ticked");
            officer.find("input[name=fullName]")
                    .sendKeys("Phạm Văn Dũng", Keys.TAB, "001301000456", Keys.TAB, "0987654322", Keys.ENTER);
            assertTrue(officer.find(".problem").getText().contains("Thiếu thành phần bắt buộc"));
        }
        // The applicant opens the dossier while tracking cannot answer (as when it is behind or down): the page says it
        // was received, as the receipt in hand does, and shows its course once tracking answers, without a reload.
        try (Browser citizen = new Browser(390, 844)) {
            ChromeDriver chrome = (ChromeDriver) citizen.driver;
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/timeline")));
            citizen.open(site + "/#/ho-so/" + code);
            citizen.button("Đăng nhập").click();
            citizen.logIn("citizen2");
            String pending = citizen.find("p.tracking-pending").getText();
            assertTrue(pending.startsWith("Hồ sơ đã được tiếp nhận; quá trình giải quyết đang được cập nhật"), pending);
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            assertTrue(citizen.find("ol.timeline").getText().contains("Tiếp nhận hồ sơ"));
            // Their list, tracking still not answering: it shows the receipt's status and says that is all it has.
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/progress*")));
            citizen.open(site + "/#/cua-toi");
            String stale = citizen.find("p.progress-unavailable").getText();
            assertTrue(stale.startsWith("Chưa cập nhật được tình trạng mới nhất"), stale);
            assertTrue(citizen.find("tr[data-code='" + code + "']").getText().contains("Đã tiếp nhận"));
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            citizen.driver.navigate().refresh();
            citizen.find("tr[data-code='" + code + "']");
            assertTrue(citizen.driver
                    .findElements(By.cssSelector("p.progress-unavailable"))
                    .isEmpty());
        }
    }

    /**
     * A business hands in a licence application at the counter: the officer says who applies, the form asks for its
     * name and tax code, a citizen's ID number is refused next to the field, and the dossier shows the tax code.
     */
    @Test
    void aBusinessIsReceivedAtTheCounterByItsTaxCode() {
        String code;
        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/tiep-nhan");
            officer.button("Đăng nhập").click();
            officer.logIn("officer1");
            new Select(officer.find("select[name=procedureCode]")).selectByValue("2.000633");
            new Select(officer.find("select[name=applicantType]")).selectByValue("BUSINESS");
            assertEquals("Tên doanh nghiệp", label(officer, "fullName"));
            assertEquals("Mã số thuế", label(officer, "idNumber"));
            officer.find("input[name=fullName]")
                    .sendKeys("Công ty TNHH Thương mại Hồng Hà", Keys.TAB, "001301000123", Keys.TAB, "0987654321");
            for (String component : List.of("DN", "DKKD", "DD")) {
                officer.find("input[name=component][value=" + component + "]").click();
            }
            officer.driver.findElement(By.cssSelector("input[name=phone]")).sendKeys(Keys.ENTER);
            assertTrue(
                    officer.find("input[name=idNumber] + .field-error")
                            .getText()
                            .contains("mã số thuế"),
                    officer.find("form").getText());
            WebElement taxCode = officer.find("input[name=idNumber]");
            taxCode.clear();
            taxCode.sendKeys("4600123456-001", Keys.ENTER);
            code = officer.find(".dossier-code").getText();
            assertTrue(code.startsWith("000.00.12.H57-"), code);
            officer.screenshot("08b-officer-counter-business");
            // The next applicant is a citizen again unless the officer says otherwise.
            assertEquals("Số định danh cá nhân (CCCD)", label(officer, "idNumber"));
            new Dossiers(system).awaitTracked(code); // the dossier's page reads tracking's timeline
            officer.open(site + "/can-bo.html#/ho-so/" + code);
            String applicant = officer.find("p.applicant").getText();
            assertTrue(
                    applicant.contains("Công ty TNHH Thương mại Hồng Hà")
                            && applicant.contains("Mã số thuế ***********001"),
                    applicant);
        }
        // The business follows its dossier on the public lookup by code and tax code, as a citizen by ID number. On a
        // phone, the field's numeric keypad (iOS) has no hyphen: the branch's tax code is typed as 13 digits.
        try (Browser anyone = new Browser(390, 844)) {
            anyone.open(site + "/#/tra-cuu");
            anyone.type("input[name=code]", code);
            anyone.type("input[name=idNumber]", "4600123456001");
            anyone.driver.findElement(By.cssSelector("button[type=submit]")).click();
            assertTrue(
                    anyone.find(".result p").getText().contains("Đã tiếp nhận"),
                    anyone.find(".result").getText());
        }
    }

    /**
     * A business's account files online in the company's name: the form is the company's (its name and tax code from
     * the account), the page addresses it as a business, and its list holds the dossier.
     */
    @Test
    void aBusinessFilesOnlineInItsOwnNameByItsTaxCode() throws Exception {
        try (Browser business = new Browser(1280, 900)) {
            business.open(site + "/#/nop/2.000633");
            business.button("Đăng nhập").click();
            business.logIn("business1");
            // The representative signed in, for the company (the header showed only the person).
            assertEquals(
                    "Phạm Quốc Dũng · Công ty TNHH Thương mại Hồng Hà",
                    business.find("#user .who").getText());
            WebElement name = business.find("input[name=fullName]");
            assertEquals(
                    "Tên doanh nghiệp",
                    name.findElement(By.xpath("..")).getText().trim());
            assertEquals("Công ty TNHH Thương mại Hồng Hà", name.getAttribute("value"));
            WebElement taxCode = business.find("input[name=idNumber]");
            assertEquals(
                    "Mã số thuế", taxCode.findElement(By.xpath("..")).getText().trim());
            assertEquals("4600123456", taxCode.getAttribute("value"));
            // The places to file are the province's one-stop desks, and the applicant chooses one. The People's
            // Committee, first by its code, had been chosen for them: a dossier filed there reached no officer's list.
            Select place = new Select(business.find("select[name=agencyCode]"));
            assertEquals(
                    List.of("", "000.00.12.H57", "000.00.13.H57"),
                    place.getOptions().stream()
                            .map(o -> o.getAttribute("value"))
                            .toList());
            assertEquals("", place.getFirstSelectedOption().getAttribute("value"));
            business.type("input[name=phone]", "0987654321");
            for (String component : List.of("DN", "DKKD", "DD")) {
                business.find("input[data-component=" + component + "]").sendKeys(pdf().toString());
            }
            business.driver.findElement(By.cssSelector("button[type=submit]")).click();
            assertEquals(
                    "cần chọn nơi nộp hồ sơ (cơ quan tiếp nhận)",
                    business.find("select[name=agencyCode] + .field-error").getText());
            place.selectByValue(Dossiers.AGENCY);
            business.driver.findElement(By.cssSelector("button[type=submit]")).click();
            String code = business.find(".dossier-code").getText();
            assertTrue(code.startsWith("000.00.12.H57-"), code);
            String said = business.find("p.success").getText();
            assertTrue(said.startsWith("Hồ sơ của Quý doanh nghiệp đã được gửi"), said);
            business.screenshot("08c-business-submitted-online");
            business.open(site + "/#/cua-toi");
            WebElement mine = business.find("td a[href='#/ho-so/" + code + "']").findElement(By.xpath("ancestor::tr"));
            assertTrue(mine.getText().contains("Cấp Giấy phép bán lẻ rượu"), mine.getText());
        }
    }

    /**
     * Asked for more papers (form 02), a citizen who filed online sends them from the dossier's page and is told by
     * email that they reached the agency; the officer's queue marks the dossier, the officer finds them among its
     * papers, marked as a supplement, and records it to resume the clock.
     */
    @Test
    void aCitizenSendsTheSupplementTheAgencyAskedForOnline() throws Exception {
        Dossiers dossiers = new Dossiers(system);
        String code = dossiers.onlineAccepted("bo.sung@example.vn");
        dossiers.awaitTracked(code);
        dossiers.actOk(code, "{\"action\":\"START_PROCESSING\"}");
        dossiers.actOk(code, "{\"action\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Tờ khai có chữ ký của người nộp\"}");
        try (Browser citizen = new Browser(390, 844)) {
            citizen.open(site + "/#/cua-toi");
            citizen.button("Đăng nhập").click();
            citizen.logIn("citizen1");
            // Among their dossiers, the one that waits on them says so.
            WebElement row = citizen.find("tr[data-code='" + code + "']");
            assertEquals(
                    "· cần Ông/Bà bổ sung giấy tờ",
                    row.findElement(By.cssSelector(".yours")).getText());
            row.findElement(By.linkText(code)).click();
            // The appointment beside a clock that stands still says it will move.
            assertEquals(
                    "(tạm dừng trong khi chờ bổ sung; ngày hẹn lùi thêm số ngày làm việc chờ bổ sung)",
                    citizen.find("span.paused").getText());
            // Nothing chosen: the server's answer is shown next to the papers.
            citizen.button("Gửi giấy tờ bổ sung").click();
            assertTrue(
                    citizen.find("form.supplement fieldset[data-field=documents] + .field-error")
                            .getText()
                            .contains("cần ít nhất một giấy tờ bổ sung"),
                    citizen.find("form.supplement").getText());
            citizen.find("form.supplement input[data-component=TK]").sendKeys(pdf().toString());
            citizen.button("Gửi giấy tờ bổ sung").click();
            WebElement sent = citizen.find("p.success");
            assertTrue(sent.getText().startsWith("Đã gửi giấy tờ bổ sung"));
            assertEquals( // scrolled to: the button that sent it was further down a phone's screen
                    Boolean.TRUE,
                    ((JavascriptExecutor) citizen.driver)
                            .executeScript(
                                    "const r = arguments[0].getBoundingClientRect();" // to the pixel: layout has
                                            // fractions
                                            + " return r.top > -1 && r.bottom < innerHeight + 1;",
                                    sent));
            WebElement supplied = citizen.find(".papers ul.documents li .supplied");
            assertTrue(supplied.getText().startsWith("(bổ sung "), supplied.getText());
            // What went, said where the form was; the form folded away, so the same papers are not sent twice.
            String status = citizen.find("p.supplied-status").getText();
            assertTrue(
                    status.startsWith("Ông/Bà đã gửi giấy tờ bổ sung lúc ")
                            && status.contains(": Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp. Cán bộ sẽ kiểm tra"),
                    status);
            WebElement more = citizen.find("details.more-papers");
            assertEquals(null, more.getDomAttribute("open"));
            assertFalse(more.findElement(By.cssSelector("button[type=submit]")).isDisplayed());
            // The timeline has its line too, the last so far: tracking hears of the papers only when they are recorded.
            List<String> lines = citizen.driver.findElements(By.cssSelector("ol.timeline li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(
                    lines.get(lines.size() - 1)
                            .endsWith("Người nộp gửi giấy tờ bổ sung trực tuyến — "
                                    + "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"),
                    lines.toString());
            citizen.screenshot("08d-citizen-supplement-sent");
        }
        // One event from intake: the applicant is told the papers reached the agency, and tracking marks its queue.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> Mailbox.subjects(system.smtp, "bo.sung@example.vn"),
                        s -> s.contains("Đã nhận giấy tờ bổ sung gửi trực tuyến cho hồ sơ " + code));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> given().baseUri(system.tracking().url())
                                .auth()
                                .oauth2(Tokens.of("officer1"))
                                .queryParam("q", code)
                                .get("/api/queue")
                                .path("items[0].suppliedAt"),
                        Objects::nonNull);
        try (Browser officer = new Browser(1280, 900)) {
            // The desk's queue says the papers came, after the request that paused the clock.
            officer.open(site + "/can-bo.html#/hang-doi/" + URLEncoder.encode("q=" + code, StandardCharsets.UTF_8));
            officer.button("Đăng nhập").click();
            officer.logIn("officer1");
            WebElement row = officer.find("tr[data-code='" + code + "']");
            String mark = row.findElement(By.cssSelector(".supplied-online")).getText();
            assertTrue(mark.startsWith("· người nộp đã gửi bổ sung "), row.getText());
            officer.screenshot("08e-officer-queue-supplement-arrived");
            row.findElement(By.linkText(code)).click();
            WebElement paper = officer.find(".papers ul.documents li .supplied").findElement(By.xpath(".."));
            assertTrue(
                    paper.getText().startsWith("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (bổ sung "), paper.getText());
            act(officer, "SUPPLEMENT_RECEIVED", null);
            assertEquals("Đang xử lý", officer.find("strong.status").getText());
            // In time order: asked for, sent online, recorded by the desk.
            List<String> story = officer.driver.findElements(By.cssSelector("ol.timeline li")).stream()
                    .map(WebElement::getText)
                    .toList();
            java.util.function.ToIntFunction<String> line = text -> java.util.stream.IntStream.range(0, story.size())
                    .filter(i -> story.get(i).contains(text))
                    .findFirst()
                    .orElse(-1);
            int sentLine = line.applyAsInt("Người nộp gửi giấy tờ bổ sung trực tuyến");
            assertTrue(
                    line.applyAsInt("Yêu cầu bổ sung hồ sơ") < sentLine
                            && sentLine < line.applyAsInt("Nhận hồ sơ bổ sung"),
                    story.toString());
        }
    }

    private static String label(Browser page, String input) {
        return page.find("input[name=" + input + "]")
                .findElement(By.xpath(".."))
                .findElement(By.tagName("span"))
                .getText();
    }

    @Test
    void anyoneLooksADossierUpByCodeAndIdNumberWithoutLoggingIn() {
        Dossiers dossiers = new Dossiers(system);
        String code = dossiers.counter(
                        Dossiers.body("2.000488", "036188004567", "tra.cuu@example.vn", "0987000111", "TK", "CCCD"))
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        try (Browser anyone = new Browser(390, 844)) {
            anyone.open(site + "/#/tra-cuu");
            anyone.type("input[name=code]", code);
            anyone.type("input[name=idNumber]", "036188004567");
            anyone.driver.findElement(By.cssSelector("button[type=submit]")).click();
            assertTrue(
                    anyone.find(".result p").getText().contains("Đã tiếp nhận"),
                    anyone.find(".result").getText());
            assertTrue(anyone.driver
                    .findElements(By.cssSelector(".result p.progress-unavailable"))
                    .isEmpty());
            anyone.screenshot("09-lookup-phone");
            // When tracking does not answer intake (LookupProgressTest), the page says the status is the receipt's:
            // the answer is given that flag here, as tracking cannot be taken down under the other tests.
            ((JavascriptExecutor) anyone.driver)
                    .executeScript("const f = window.fetch; window.fetch = async (...a) => { const r = await f(...a);"
                            + " if (!String(a[0]).endsWith('/api/lookup')) return r;"
                            + " const j = await r.json(); j.progressUnavailable = true;"
                            + " return new Response(JSON.stringify(j), { status: r.status, headers: r.headers }); };");
            anyone.driver.findElement(By.cssSelector("button[type=submit]")).click();
            String stale = anyone.find(".result p.progress-unavailable").getText();
            assertTrue(stale.startsWith("Chưa cập nhật được tình trạng mới nhất"), stale);
            anyone.driver.navigate().refresh(); // the page's own fetch again
            anyone.type("input[name=code]", code);
            anyone.type("input[name=idNumber]", "036188004567");
            // The officer starts work on it in tracking: the lookup says so, not the receipt's "Đã tiếp nhận".
            dossiers.awaitTracked(code);
            dossiers.actOk(code, "{\"action\":\"START_PROCESSING\"}");
            anyone.driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(anyone.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".result p"), "Đang xử lý"));
            // Stopped (form 05): no result will come, so no appointment is given any more.
            dossiers.actOk(code, "{\"action\":\"SUSPEND\",\"reason\":\"Thửa đất đang có tranh chấp\"}");
            anyone.driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(anyone.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".result p"), "Dừng xử lý"));
            String stopped = anyone.find(".result p").getText();
            assertFalse(stopped.contains("hẹn trả"), stopped);
            anyone.type("input[name=idNumber]", "001301000123");
            anyone.driver.findElement(By.cssSelector("button[type=submit]")).click();
            assertTrue(!anyone.find(".problem").getText().isBlank(), "a wrong ID number finds nothing");
        }
    }
}
