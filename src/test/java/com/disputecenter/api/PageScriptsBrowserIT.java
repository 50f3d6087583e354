package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages' scripts under their Content-Security-Policy (no inline script): the diagram viewer, the
 * charts, the evidence fields and the countdowns run and the browser refuses nothing; Camunda's
 * webapps, which keep their own policy, still log in and load.
 */
class PageScriptsBrowserIT extends ApiTest {

    private static Browser browser;

    @BeforeEach
    void browser() {
        boolean required = "true".equalsIgnoreCase(System.getenv("DISPUTE_CENTER_REQUIRE_BROWSER"));
        if (!required) {
            Assumptions.assumeTrue(Browser.installed(), "chromium and chromium-driver are not installed");
        }
        if (browser == null) {
            browser = new Browser(port).recordCspViolations();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }

    private void waitFor(String condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(script("return " + condition)));
    }

    @Test
    void theDiagramTheChartsTheEvidenceFieldsAndTheCountdownsRunAndNothingIsRefused() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");

        browser.open("/login");
        assertThat(browser.cspViolations()).as("login page").isEmpty();

        browser.logInAs("ann").open("/processes/DisputeLifecycle");
        browser.find(By.cssSelector("#diagram svg"));
        browser.find(By.cssSelector("#diagram .diagram-count"));
        assertThat(browser.cspViolations()).as("process page").isEmpty();

        browser.open("/analytics");
        waitFor("!!(window.Chart && Chart.getChart('chart-rate') && Chart.getChart('chart-refunds'))");
        assertThat(browser.cspViolations()).as("analytics").isEmpty();

        browser.logInAs("sam").open("/disputes/" + id + "/respond");
        // the evidence script shows its drop zone and adds rows
        waitFor("!document.querySelector('#respond-form .dropzone').hidden");
        long rows = (Long) script("return document.querySelectorAll('#respond-form .evidence-row').length");
        browser.click(By.cssSelector("#respond-form .add-row"));
        waitFor("document.querySelectorAll('#respond-form .evidence-row').length === " + (rows + 1));
        assertThat(browser.cspViolations()).as("response form").isEmpty();

        browser.open("/disputes/" + id);
        browser.find(By.cssSelector(".countdown[data-due]"));
        assertThat(browser.cspViolations()).as("case page").isEmpty();

        browser.logInAs("bob").open("/buyer/disputes/new");
        waitFor("!document.querySelector('#open-form .dropzone').hidden");
        assertThat(browser.cspViolations()).as("open form").isEmpty();
    }

    @Test
    void cockpitStillLogsInAndLoadsWithItsOwnHeaders() {
        browser.logInAs("ann").open("/camunda/app/cockpit/default/");
        browser.find(By.cssSelector("form[name=signinForm] input[type=text]")).sendKeys("ann");
        browser.find(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("ann");
        browser.click(By.cssSelector("form[name=signinForm] button[type=submit]"));
        browser.find(By.cssSelector(".dashboard"));
        assertThat(browser.all(By.cssSelector("form[name=signinForm]"))).isEmpty();
    }
}
