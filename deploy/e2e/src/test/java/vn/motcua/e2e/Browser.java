package vn.motcua.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Debian Chromium (its own profile, so its own Keycloak session), driven by chromedriver. The
 * profile (2-3 MB) lives under target/ and goes when the browser closes: a run opens a dozen of them.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path PROFILES = Path.of("target/browser-profiles");
    final WebDriver driver;
    final WebDriverWait wait;
    final Path profile;

    Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory(Files.createDirectories(PROFILES), "chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=" + width + "," + height,
                    "--lang=vi-VN",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(
                            new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
                    .build();
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            // The pages re-render after each answer: an element read a moment ago may be gone; look again.
            wait.ignoring(StaleElementReferenceException.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space(.)='" + text + "'] | //a[normalize-space(.)='" + text + "']")));
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Keycloak's own log-in page. */
    void logIn(String user) {
        find("#username").sendKeys(user);
        find("#password").sendKeys(user);
        find("#kc-login").click();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    /** Removes a directory tree; Chromium may still write a last file for a moment after it quits: try again. */
    static void delete(Path dir) {
        for (int attempt = 1; Files.exists(dir); attempt++) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("could not delete " + dir, e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
