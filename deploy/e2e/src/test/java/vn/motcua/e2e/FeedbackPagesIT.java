package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Feedback (phản ánh, kiến nghị) in headless Chromium: a visitor files one without logging in, the agency's officer
 * answers it on the desk, the visitor reads the answer with the code and their phone number and says it satisfied
 * them. Screenshots go to target/screenshots.
 */
class FeedbackPagesIT {
    static String site;
    static String tracking;

    @BeforeAll
    static void system() {
        site = PackagedSystem.get().intake.url();
        tracking = PackagedSystem.get().tracking().url();
    }

    @Test
    void aVisitorFilesFeedbackTheOfficerAnswersAndTheVisitorSaysItSatisfied() {
        String code;
        try (Browser visitor = new Browser(390, 844)) {
            visitor.open(site + "/#/phan-anh");
            visitor.type("input[name=name]", "Trần Thị Bình");
            visitor.type("textarea[name=content]", "Quầy số 3 không có người tiếp nhận chiều thứ Hai.");
            visitor.find("form.file button[type=submit]").click();
            // The agency is the visitor's to choose (none is chosen for them), and a contact is required: the form
            // says so field by field.
            assertEquals(
                    "cần chọn cơ quan",
                    visitor.find("select[name=agencyCode] + .field-error").getText());
            new Select(visitor.find("select[name=agencyCode]")).selectByValue("000.00.12.H57");
            visitor.find("form.file button[type=submit]").click();
            assertTrue(visitor.find("input[name=phone] + .field-error, input[name=email] + .field-error")
                    .isDisplayed());
            visitor.type("input[name=phone]", "0987 111 222");
            visitor.screenshot("20-feedback-form");
            visitor.find("form.file button[type=submit]").click();
            code = visitor.find(".feedback-code").getText();
            assertTrue(code.matches("PA\\d{6}-[0-9A-Z]{6}"), code);
        }

        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/phan-anh");
            officer.button("Đăng nhập").click();
            officer.logIn("officer1");
            String row = "tr[data-code='" + code + "']";
            assertTrue(officer.find(row).getText().contains("Trần Thị Bình"));
            officer.type(row + " textarea[name=answer]", "Trung tâm đã bố trí thêm cán bộ trực quầy số 3 từ 07/12.");
            officer.screenshot("21-officer-feedback-desk");
            officer.find(row + " form.answer button[type=submit]").click();
            officer.wait.until(d -> d.findElements(By.cssSelector(row)).isEmpty()); // answered: off the waiting list
        }

        try (Browser visitor = new Browser(390, 844)) {
            visitor.open(site + "/#/phan-anh");
            visitor.type("form.follow input[name=code]", code.toLowerCase());
            visitor.type("form.follow input[name=contact]", "+84987111222");
            visitor.find("form.follow button[type=submit]").click();
            assertEquals(
                    "Trung tâm đã bố trí thêm cán bộ trực quầy số 3 từ 07/12.",
                    visitor.find(".feedback-view .answer").getText());
            visitor.find(".feedback-view form.verdict button[value=SATISFIED]").click();
            assertTrue(visitor.find(".feedback-view p.rated").getText().contains("Hài lòng"));
            visitor.screenshot("22-feedback-answered");
        }
    }

    @Test
    void theDeskReachesEveryFeedbackAPageAtATime() {
        // 51 feedbacks for the Department of Construction (officer2's desk), each from its own address behind the
        // trusted proxy, as 51 visitors would send them: one more than a page.
        Set<String> filed = new HashSet<>();
        for (int i = 0; i < 51; i++) {
            filed.add(given().baseUri(tracking)
                    .header("X-Forwarded-For", "10.20.0." + (i + 1))
                    .contentType("application/json")
                    .body("{\"agencyCode\":\"000.00.13.H57\",\"name\":\"Lê Thị Hoa\",\"phone\":\"0987111333\","
                            + "\"content\":\"Đề nghị niêm yết lịch tiếp dân số " + i + ".\"}")
                    .post("/api/feedback")
                    .then()
                    .statusCode(201)
                    .extract()
                    .<String>path("code"));
        }
        try (Browser officer = new Browser(1280, 900)) {
            officer.open(site + "/can-bo.html#/phan-anh");
            officer.button("Đăng nhập").click();
            officer.logIn("officer2");
            Set<String> seen = new HashSet<>();
            officer.find("tr[data-code]");
            officer.driver
                    .findElements(By.cssSelector("tr[data-code]"))
                    .forEach(r -> seen.add(r.getAttribute("data-code")));
            String first = officer.find("tr[data-code]").getAttribute("data-code");
            officer.button("Trang sau ›").click();
            officer.wait.until(d ->
                    !first.equals(d.findElement(By.cssSelector("tr[data-code]")).getAttribute("data-code")));
            assertTrue(officer.find("nav.pages .page-of").getText().contains("Trang 2/"));
            officer.driver
                    .findElements(By.cssSelector("tr[data-code]"))
                    .forEach(r -> seen.add(r.getAttribute("data-code")));
            officer.screenshot("23-officer-feedback-desk-page-2");
            assertTrue(seen.containsAll(filed), "every feedback is on one of the pages");
        }
    }
}
