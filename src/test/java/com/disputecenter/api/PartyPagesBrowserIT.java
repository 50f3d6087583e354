package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * One dispute at a time driven through the pages of every role, in headless Chromium, to each
 * ending: agreement, return and refund, arbitration. The API is used only to check what the
 * pages did, and to run the resolution's async job as the job executor would.
 */
class PartyPagesBrowserIT extends ApiTest {

    private static Browser browser;
    private static Path photo;

    @BeforeEach
    void browser() throws IOException {
        boolean required = "true".equalsIgnoreCase(System.getenv("DISPUTE_CENTER_REQUIRE_BROWSER"));
        if (!required) {
            Assumptions.assumeTrue(Browser.installed(), "chromium and chromium-driver are not installed");
        }
        if (browser == null) {
            browser = new Browser(port);
            photo = Files.createTempDirectory("dc-evidence-").resolve("cracked-screen.png");
            Files.write(photo, com.disputecenter.api.Files.PNG);
        }
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
            Files.deleteIfExists(photo);
            Files.deleteIfExists(photo.getParent());
        }
    }

    /** bob files through the open form, with a photo; answers the new case's id. */
    private String buyerOpens(String order, String reason, String resolution) {
        browser.logInAs("bob").open("/");
        browser.click(By.id("nav-open-dispute"));
        browser.type("orderId", order)
                .choose("platform", "ALIEXPRESS")
                .type("sellerId", "S-1001")
                .type("amount", "59.90")
                .date("deliveredAt", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .choose("logisticsChannel", "PLATFORM")
                .type("destinationCountry", "IT")
                .choose("reason", reason)
                .choose("requestedResolution", resolution)
                .type("description", "The screen is cracked across")
                .attach("evidence0.file", photo)
                .choose("evidence0.kind", "PRODUCT_PHOTO");
        browser.screenshot("buyer-open-form");
        browser.submit(By.cssSelector("#open-form button[type=submit]"));
        assertThat(browser.text(By.id("flash")))
                .isEqualTo("Your dispute is open. The seller has been asked to respond.");
        return browser.url().substring(browser.url().lastIndexOf('/') + 1);
    }

    /** sam (whose pages are in Chinese, his language) finds the case on his list and opens its response form. */
    private void sellerOpensResponseForm(String order) {
        browser.logInAs("sam").open("/");
        browser.click(By.id("nav-seller"));
        assertThat(browser.text(By.cssSelector(".rate-figure"))).endsWith("%");
        browser.screenshot("seller-list");
        browser.phoneScreenshot("seller-list-phone");
        browser.click(By.xpath("//tr[td/a[text()='" + order + "']]//a[contains(@class,'respond')]"));
        browser.find(By.id("respond-form"));
    }

    @Test
    void aCounterOfferWithEvidenceAcceptedByTheBuyerEndsInAgreement() throws Exception {
        String order = newOrder("AE");
        String id = buyerOpens(order, "NOT_AS_DESCRIBED_DAMAGED", "FULL_REFUND");

        sellerOpensResponseForm(order);
        browser.choose("type", "PARTIAL_REFUND").type("amount", "20.00")
                .type("note", "A partial refund for the crack; the phone works")
                .attach("evidence0.file", photo).choose("evidence0.kind", "OUTER_PACKAGING_PHOTO");
        browser.screenshot("seller-response-form");
        browser.submit(By.cssSelector("#respond-form button[type=submit]"));
        assertThat(browser.text(By.id("flash"))).isEqualTo("您的方案已提交。");

        browser.logInAs("bob").open("/disputes/" + id);
        assertThat(browser.text(By.cssSelector(".party-actions .proposal"))).contains("Partial refund", "$20.00");
        browser.screenshot("case-page-buyer");
        browser.submit(By.cssSelector(".party-actions .accept-proposal"));
        assertThat(browser.text(By.id("flash"))).isEqualTo("You accepted the proposal.");

        runAsyncJobs(id);
        Answer agreed = dispute("bob", id);
        assertThat(agreed.text("/status")).isEqualTo("RESOLVED");
        assertThat(agreed.text("/resolution/type")).isEqualTo("PARTIAL_REFUND");
        assertThat(agreed.text("/resolution/amount/value")).isEqualTo("20.00");
        assertThat(agreed.text("/resolution/decidedBy")).isEqualTo("AGREEMENT");
        assertThat(agreed.at("/resolution/executedAt").isNull()).isFalse();
        assertThat(agreed.at("/evidence").findValuesAsText("kind")).containsExactly("PRODUCT_PHOTO", "OUTER_PACKAGING_PHOTO");
    }

    @Test
    void anAcceptedReturnTravelsBackThroughThePagesAndIsRefunded() throws Exception {
        String order = newOrder("AE");
        String id = buyerOpens(order, "NOT_AS_DESCRIBED_SIZE", "RETURN_AND_REFUND");

        sellerOpensResponseForm(order);
        browser.submit(By.cssSelector(".accept-proposal"));
        assertThat(browser.text(By.id("flash"))).isEqualTo("您已接受该方案。");
        browser.type("give-return-address", "Dispute Center Returns, 88 Jiangnan Ave, Hangzhou, CN");
        browser.submit(By.cssSelector("#return-address-form button[type=submit]"));
        assertThat(browser.text(By.id("flash")))
                .isEqualTo("退货信息已发送给买家。");

        browser.logInAs("bob").open("/disputes/" + id);
        assertThat(browser.text(By.id("return-shipment-form"))).contains("88 Jiangnan Ave");
        browser.type("ship-carrier", "Cainiao").type("ship-tracking", "CN" + order);
        browser.submit(By.cssSelector("#return-shipment-form button[type=submit]"));
        assertThat(browser.text(By.id("flash")))
                .isEqualTo("The tracking number was passed on to the seller.");

        browser.logInAs("sam").open("/disputes/" + id);
        browser.click(By.id("condition-RECEIVED_OK"));
        browser.submit(By.cssSelector("#return-receipt-form button[type=submit]"));
        assertThat(browser.text(By.id("flash")))
                .isEqualTo("您已确认收到退货，退款将继续进行。");

        runAsyncJobs(id);
        Answer refunded = dispute("bob", id);
        assertThat(refunded.text("/status")).isEqualTo("RESOLVED");
        assertThat(refunded.text("/resolution/type")).isEqualTo("RETURN_AND_REFUND");
        assertThat(refunded.text("/returnShipment/trackingNumber")).isEqualTo("CN" + order);
        assertThat(refunded.at("/resolution/executedAt").isNull()).isFalse();
    }

    @Test
    void aRefusedFileLeavesNeitherTheCounterOfferNorAnyFileBehind() throws Exception {
        String order = newOrder("AE");
        String id = buyerOpens(order, "NOT_AS_DESCRIBED_DAMAGED", "FULL_REFUND");
        Path program = Files.createTempFile("invoice-", ".png");
        Files.write(program, com.disputecenter.api.Files.EXE);
        Path huge = Files.createTempFile("unboxing-", ".png");
        Files.write(huge, com.disputecenter.api.Files.largePng(11 * 1024 * 1024));
        try {
            sellerOpensResponseForm(order);
            browser.choose("type", "NO_REFUND").type("note", "Packed in double foam")
                    .attach("evidence0.file", program);
            browser.click(By.cssSelector("#respond-form .add-row"));
            browser.attach("evidence2.file", huge);
            // the browser warns before sending; the server decides
            assertThat(browser.text(By.cssSelector("#respond-form .evidence-row:nth-child(3) .file-hint")))
                    .contains("11.0 MB，单个文件最多 10.0 MB");
            browser.submit(By.cssSelector("#respond-form button[type=submit]"));

            assertThat(browser.text(By.id("evidence-error"))).contains("不接受的文件：invoice-");
            assertThat(browser.find(By.id("note")).getAttribute("value")).isEqualTo("Packed in double foam");
        } finally {
            Files.deleteIfExists(program);
            Files.deleteIfExists(huge);
        }
        Answer untouched = dispute("sam", id);
        assertThat(untouched.text("/status")).isEqualTo("AWAITING_SELLER_RESPONSE");
        assertThat(untouched.at("/proposals")).hasSize(1);
        assertThat(untouched.at("/evidence").findValuesAsText("party")).containsExactly("BUYER");
    }

    @Test
    void aDisputeEscalatedFromThePagesIsDecidedByAnArbitratorOnTheDecisionPage() throws Exception {
        String order = newOrder("AE");
        String id = buyerOpens(order, "NOT_AS_DESCRIBED_DAMAGED", "FULL_REFUND");

        sellerOpensResponseForm(order);
        browser.choose("type", "NO_REFUND").type("note", "Packed in double foam; the carrier crushed it");
        browser.submit(By.cssSelector("#respond-form button[type=submit]"));

        browser.logInAs("bob").open("/disputes/" + id);
        browser.type("escalate-note", "The seller refuses any refund");
        browser.submit(By.cssSelector("#escalate-form button[type=submit]"));
        assertThat(browser.text(By.id("flash")))
                .isEqualTo("You asked the platform to step in; an arbitrator will decide.");

        browser.logInAs("ada").open("/");
        browser.click(By.id("nav-arbitration"));
        browser.find(By.id("task-" + id));
        browser.screenshot("arbitrator-task-list");
        browser.submit(By.id("claim-" + id));
        browser.click(By.linkText(order));
        browser.choose("resolution", "FULL_REFUND").choose("responsibility", "SELLER")
                .type("rationale", "The photo shows the screen cracked inside an intact box");
        browser.screenshot("decision-form");
        browser.submit(By.id("decision-submit"));
        assertThat(browser.find(By.id("flash")).isDisplayed()).isTrue();

        runAsyncJobs(id);
        Answer decided = dispute("bob", id);
        assertThat(decided.text("/status")).isEqualTo("RESOLVED");
        assertThat(decided.text("/resolution/type")).isEqualTo("FULL_REFUND");
        assertThat(decided.text("/resolution/decidedBy")).isEqualTo("ARBITRATION");
        assertThat(decided.text("/resolution/responsibility")).isEqualTo("SELLER");
        assertThat(decided.at("/resolution/executedAt").isNull()).isFalse();

        // the buyer sees the decision, and has nothing left to do on this case
        browser.logInAs("bob").open("/disputes/" + id);
        assertThat(browser.all(By.cssSelector("#party-actions form"))).isEmpty();
    }

    /** The analysts' process page, for the README's pictures only. */
    @Test
    void theAnalystsProcessPageShowsTheLifecycle() {
        browser.logInAs("ann").open("/processes");
        browser.click(By.cssSelector("main a[href^='/processes/']"));
        // the demo cases are open, so the diagram carries their badges once drawn
        browser.find(By.cssSelector("#diagram .diagram-count"));
        browser.screenshot("analyst-process-page");
    }
}
