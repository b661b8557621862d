package vn.motcua.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A browser leaves nothing behind: each run of the page tests used to leave a dozen profiles in /tmp. */
class BrowserTest {
    @Test
    void closingTheBrowserRemovesItsProfile() {
        Path profile;
        try (Browser browser = new Browser(400, 300)) {
            profile = browser.profile;
            browser.open("data:text/html,<p>profile</p>");
            assertTrue(browser.find("p").getText().contains("profile"), "the page opened");
            assertTrue(Files.isDirectory(profile.resolve("Default")), "Chromium writes its profile there");
            assertTrue(profile.startsWith(Browser.PROFILES), "under target/, not /tmp: " + profile);
        }
        assertFalse(Files.exists(profile), "the profile stays after the browser closed: " + profile);
    }
}
