package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.DeadlineKind;
import com.disputecenter.dispute.DeadlineService;
import com.disputecenter.dispute.Notice;
import com.disputecenter.dispute.Party;
import com.disputecenter.notification.Notifications;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Messages to the parties: in their language, written with the change, listed to the parties and arbitrators. */
class NotificationsIT extends ApiTest {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Notifications notifications;

    @Autowired
    Cases cases;

    @Autowired
    DeadlineService deadlines;

    private JsonNode messages(String user, String id) throws Exception {
        return get(user, "/api/disputes/" + id + "/messages").expect(200).body();
    }

    private static List<String> templates(JsonNode messages) {
        List<String> templates = new ArrayList<>();
        messages.forEach(m -> templates.add(m.get("template").asText()));
        return templates;
    }

    @Test
    void theSellerReadsTheOpeningInChineseAndTheBuyerTheCounterOfferInTheDisputesLanguage() throws Exception {
        Map<String, Object> open = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        open.put("description", "Schermo rotto <img src=x onerror=alert(1)>");
        String id = open(open).text("/id");
        counterOffer(id, "20.00");

        JsonNode seller = messages("sam", id);
        assertThat(templates(seller)).containsExactly("dispute-opened");
        JsonNode opened = seller.get(0);
        assertThat(opened.get("recipient").asText()).isEqualTo("S-1001");
        assertThat(opened.get("recipientParty").asText()).isEqualTo("SELLER");
        assertThat(opened.get("language").asText()).isEqualTo("zh");
        assertThat(opened.get("subject").asText()).startsWith("订单 ");
        // plain text, as the buyer wrote it: whoever shows it as HTML escapes it (the mail's HTML part does)
        assertThat(opened.get("body").asText()).contains("Schermo rotto <img src=x onerror=alert(1)>")
                .doesNotContain("&lt;", "&gt;");
        assertThat(opened.get("status").asText()).isIn("PENDING", "SENT");

        JsonNode buyer = messages("bob", id);
        assertThat(templates(buyer)).containsExactly("proposal-received");
        assertThat(buyer.get(0).get("language").asText()).isEqualTo("it");
        assertThat(buyer.get(0).get("body").asText()).contains("20,00", "rimborso parziale");

        assertThat(templates(messages("ada", id))).containsExactly("dispute-opened", "proposal-received");
    }

    @Test
    void onlyThePartiesAndTheArbitratorsReadACasesMessages() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");

        get("sue", "/api/disputes/" + id + "/messages").expect(404);
        get("ann", "/api/disputes/" + id + "/messages").expect(403);
        get("market", "/api/disputes/" + id + "/messages").expect(403);
        get(null, "/api/disputes/" + id + "/messages").expect(401);
        get("bob", "/api/disputes/" + UUID.randomUUID() + "/messages").expect(404);
    }

    @Test
    void anArbitratorsDecisionIsToldToBothParties() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(id, "10.00");
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of("note", "No agreement")).expect(200);
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution", "FULL_REFUND",
                "responsibility", "SELLER", "rationale", "Photos show the damage")).expect(200);

        assertThat(templates(messages("bob", id))).containsExactly("proposal-received", "decision");
        assertThat(templates(messages("sam", id))).containsExactly("dispute-opened", "decision");
        assertThat(messages("sam", id).get(1).get("body").asText()).contains("全额退款", "Photos show the damage");
    }

    @Test
    void aMessageIsWrittenOnlyWithTheChangeItTellsAbout() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        int before = messages("ada", id).size();

        transactions.executeWithoutResult(tx -> {
            notifications.tell(cases.lock(UUID.fromString(id)), Party.BUYER, Notice.DECISION, Map.of());
            tx.setRollbackOnly();
        });
        assertThat(messages("ada", id)).as("rolled back with the change").hasSize(before);

        assertThatThrownBy(() -> notifications.tell(null, Party.BUYER, Notice.DECISION, Map.of()))
                .as("never outside the change's transaction").isInstanceOf(IllegalTransactionStateException.class);

        transactions.executeWithoutResult(tx ->
                notifications.tell(cases.lock(UUID.fromString(id)), Party.BUYER, Notice.DECISION, Map.of()));
        assertThat(messages("ada", id)).hasSize(before + 1);
    }

    @Test
    void whenTheSellersSilenceDecidesTheCaseBothPartiesAreTold() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");

        fireTimer(id, "Timer_SellerResponseWindow");

        JsonNode buyer = messages("bob", id);
        assertThat(templates(buyer)).containsExactly("deadline-passed");
        assertThat(buyer.get(0).get("body").asText()).contains("rispondere alla controversia", "rimborso totale", "59,90");
        assertThat(templates(messages("sam", id))).containsExactly("dispute-opened", "deadline-passed");
    }

    @Test
    void theSellerIsRemindedADayBeforeItsResponseIsDueAndOnlyOnce() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        Instant due = Instant.parse(dispute("sam", id).text("/deadlines/sellerResponseDue"));
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        var reminder = management.createJobQuery().processInstanceId(instance.getId())
                .activityId("Timer_SellerResponseReminder").singleResult();
        assertThat(reminder.getDuedate().toInstant()).isCloseTo(due.minus(Duration.ofHours(24)),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));

        fireTimer(id, "Timer_SellerResponseReminder");

        JsonNode seller = messages("sam", id);
        assertThat(templates(seller)).containsExactly("dispute-opened", "deadline-reminder");
        assertThat(seller.get(1).get("body").asText()).contains("响应纠纷");
        assertThat(deadlines.remindSeller(UUID.fromString(id), DeadlineKind.SELLER_RESPONSE))
                .as("a retried reminder job").isFalse();
        assertThat(templates(messages("sam", id))).hasSize(2);
        assertThat(dispute("sam", id).text("/status")).as("the window still runs").isEqualTo("AWAITING_SELLER_RESPONSE");
    }
}
