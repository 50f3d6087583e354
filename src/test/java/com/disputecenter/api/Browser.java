package com.disputecenter.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium through the system chromedriver (Debian packages chromium and
 * chromium-driver), as one user at a time: {@link #logInAs} starts a fresh session.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path profile;
    /** Where screenshots go (-Dscreenshots=docs/screenshots); null: none are taken. */
    private final Path screenshots;

    Browser(int port) {
        try {
            profile = Files.createTempDirectory("dc-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=en", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        base = "http://localhost:" + port;
        String target = System.getProperty("screenshots");
        screenshots = target == null || target.isBlank() ? null : Path.of(target);
    }

    /**
     * From now on every page records what its Content-Security-Policy refused (DevTools injects the
     * listener, so the policy does not stop it); {@link #cspViolations()} reads the current page's list.
     */
    Browser recordCspViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__cspViolations = [];document.addEventListener('securitypolicyviolation', e =>"
                        + " window.__cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + e.sourceFile"
                        + " + ':' + e.lineNumber));"));
        return this;
    }

    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object found = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || null;");
        if (found == null) {
            throw new IllegalStateException("recordCspViolations() was not called before this page opened");
        }
        return (List<String>) found;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    /** A fresh session as this demo user (password = name), through the login form. */
    Browser logInAs(String user) {
        driver.manage().deleteAllCookies();
        open("/login");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        name.sendKeys(user);
        WebElement password = driver.findElement(By.name("password"));
        password.sendKeys(user);
        password.submit();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Browser type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Date inputs take their value in the browser's locale when typed; set it as the form sends it. */
    Browser date(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(By.id(id)), isoDate);
        return this;
    }

    Browser choose(String id, String value) {
        new Select(find(By.id(id))).selectByValue(value);
        return this;
    }

    Browser attach(String id, Path file) {
        find(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    Browser click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Submits the form this element is in, and waits for the next page. */
    Browser submit(By by) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(by));
        WebElement html = driver.findElement(By.tagName("html"));
        button.click();
        wait.until(d -> gone(html));
        return this;
    }

    /**
     * Whether the page this element was on has been replaced. While Chromium swaps documents the
     * driver may report the old node as stale, or as no longer in the document; both mean gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    String text(By by) {
        return find(by).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves the whole page (not just the window) as name.png, when screenshots are asked for. */
    void screenshot(String name) {
        if (screenshots == null) {
            return;
        }
        try {
            Files.createDirectories(screenshots);
            // a focus ring on the last field typed into is noise in a picture of the page
            ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", Math.min(((Number) size.get("height")).doubleValue(), 4000));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(screenshots.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same page as a phone shows it (390 CSS pixels wide), when screenshots are asked for. */
    void phoneScreenshot(String name) {
        if (screenshots == null) {
            return;
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            screenshot(name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.navigate().refresh();
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
