package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 9, live defect 2, as a browser meets it: the buyer's Chromium holds cached HTTP Basic
 * credentials for the desk; a page of another site (a second origin the test serves on 127.0.0.1,
 * while the desk is at localhost) posts a plain HTML form that would accept the seller's NO_REFUND
 * offer. The desk answers 403 and the offer stays open.
 */
class CrossSiteBrowserIT extends ApiTest {

    private Browser browser;
    private HttpServer otherSite;
    private final Map<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        boolean required = "true".equalsIgnoreCase(System.getenv("DISPUTE_CENTER_REQUIRE_BROWSER"));
        if (!required) {
            Assumptions.assumeTrue(Browser.installed(), "chromium and chromium-driver are not installed");
        }
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] page = pages.getOrDefault(exchange.getRequestURI().getPath(), "not here").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherSite.start();
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (otherSite != null) {
            otherSite.stop(0);
        }
    }

    private String otherSite(String path) {
        return "http://127.0.0.1:" + otherSite.getAddress().getPort() + path;
    }

    private String desk(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aFormOnAnotherSitePostedWithTheBuyersCachedBasicLoginIs403AndTheOfferStaysOpen() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND"))
                .expect(201).text("/id");

        // bob once used the API in this browser: Chromium keeps his Basic credentials for the desk
        browser.driver().get("http://bob:bob@localhost:" + port + "/api/disputes/" + id);
        assertThat(browser.driver().getPageSource()).contains(offer);
        // and sends them when another site sends the browser there: a link on the other site opens the case
        pages.put("/link", "<a id=\"go\" href=\"" + desk("/api/disputes/" + id) + "\">the case</a>");
        browser.driver().get(otherSite("/link"));
        browser.click(By.id("go"));
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().startsWith(desk("/")));
        assertThat(browser.driver().getPageSource()).as("the credentials travel cross-site").contains(offer);

        // the attack: a page that posts itself as soon as it is open
        pages.put("/win-a-prize", "<form id=\"f\" method=\"post\" action=\""
                + desk("/api/disputes/" + id + "/proposals/" + offer + "/accept")
                + "\"><input name=\"note\" value=\"I accept\"></form><script>document.getElementById('f').submit()</script>");
        browser.driver().get(otherSite("/win-a-prize"));
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().startsWith(desk("/")));
        String answer = browser.driver().findElement(By.tagName("body")).getText();

        assertThat(answer).contains("\"status\":403", "CROSS_SITE_REQUEST");
        Answer after = dispute("bob", id);
        assertThat(after.text("/status")).isEqualTo("NEGOTIATION");
        assertThat(after.at("/proposals").findValuesAsText("status")).contains("OPEN").doesNotContain("ACCEPTED");
    }
}
