package com.disputecenter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The responsibility suggestion {@code bpmn/responsibility.dmn} (hit policy FIRST): each case names the
 * rule row it must land on, and every row is landed on by at least one case.
 */
class ResponsibilityDecisionTest {

    private static final String DECISION_KEY = "responsibility";

    private static final String PLATFORM = "PLATFORM";
    private static final String SELLER_LOGISTICS = "SELLER";
    private static final Boolean NO_PHOTO = null;
    private static final Boolean CRUSHED = true;
    private static final Boolean INTACT = false;
    private static final String NO_CARRIER_STATUS = null;

    private static final String SELLER = "SELLER";
    private static final String BUYER = "BUYER";
    private static final String LOGISTICS = "LOGISTICS";
    private static final String NOBODY_YET = null;

    private static DmnEngine engine;
    private static DmnDecision decision;
    private static DecisionTable table;
    private static final List<String> lastMatchedRuleIds = new ArrayList<>();

    @BeforeAll
    static void parseTheDecision() {
        DecisionTables tables = new DecisionTables("responsibility.dmn", lastMatchedRuleIds);
        engine = tables.engine();
        decision = tables.decision(DECISION_KEY);
        table = tables.table(DECISION_KEY);
    }

    /** The inputs of one escalated case, the suggestion it must get and the rule row that must give it. */
    record Case(String reason, String logisticsChannel, Boolean labelOverLabel, Boolean packagingDamaged,
                String carrierStatus, String responsibility, String ruleId) {
    }

    static Stream<Named<Case>> cases() {
        return Stream.of(
                // evidence first: a label over a label
                scenario("label over label on platform logistics points at the carrier",
                        "NOT_AS_DESCRIBED_WRONG_ITEM", PLATFORM, true, NO_PHOTO, "DELIVERED",
                        LOGISTICS, "Rule_LabelOverLabelOnPlatformLogistics"),
                scenario("label over label on platform logistics outweighs an intact box",
                        "NOT_AS_DESCRIBED_DAMAGED", PLATFORM, true, INTACT, "DELIVERED",
                        LOGISTICS, "Rule_LabelOverLabelOnPlatformLogistics"),
                scenario("label over label on seller logistics leaves a wrong item with the seller",
                        "NOT_AS_DESCRIBED_WRONG_ITEM", SELLER_LOGISTICS, true, NO_PHOTO, "DELIVERED",
                        SELLER, "Rule_OtherNotAsDescribed"),
                // damage and the outer packaging photo
                scenario("damage in a crushed box on platform logistics points at the carrier",
                        "NOT_AS_DESCRIBED_DAMAGED", PLATFORM, false, CRUSHED, "DELIVERED",
                        LOGISTICS, "Rule_DamagedWithCrushedBoxOnPlatformLogistics"),
                scenario("damage in an intact box on platform logistics is the seller's",
                        "NOT_AS_DESCRIBED_DAMAGED", PLATFORM, false, INTACT, "DELIVERED",
                        SELLER, "Rule_DamagedWithIntactBox"),
                scenario("damage in an intact box on seller logistics is the seller's",
                        "NOT_AS_DESCRIBED_DAMAGED", SELLER_LOGISTICS, false, INTACT, "DELIVERED",
                        SELLER, "Rule_DamagedWithIntactBox"),
                scenario("damage in a crushed box on seller logistics is the seller's, who claims from its carrier",
                        "NOT_AS_DESCRIBED_DAMAGED", SELLER_LOGISTICS, false, CRUSHED, "DELIVERED",
                        SELLER, "Rule_DamagedOnSellerLogistics"),
                scenario("damage without a packaging photo on seller logistics is the seller's",
                        "NOT_AS_DESCRIBED_DAMAGED", SELLER_LOGISTICS, false, NO_PHOTO, NO_CARRIER_STATUS,
                        SELLER, "Rule_DamagedOnSellerLogistics"),
                scenario("damage without a packaging photo on platform logistics waits for the photo",
                        "NOT_AS_DESCRIBED_DAMAGED", PLATFORM, false, NO_PHOTO, "DELIVERED",
                        NOBODY_YET, "Rule_DamagedWithoutPackagingPhotoOnPlatformLogistics"),
                scenario("damage without any label comparison evidence still reads the box",
                        "NOT_AS_DESCRIBED_DAMAGED", PLATFORM, null, CRUSHED, "DELIVERED",
                        LOGISTICS, "Rule_DamagedWithCrushedBoxOnPlatformLogistics"),
                // not received
                scenario("a wrong address is the buyer's even when the carrier sent the parcel back",
                        "NOT_RECEIVED_WRONG_ADDRESS", PLATFORM, false, NO_PHOTO, "RETURNED_TO_SENDER",
                        BUYER, "Rule_NotReceivedWrongAddress"),
                scenario("a wrong address on seller logistics is the buyer's",
                        "NOT_RECEIVED_WRONG_ADDRESS", SELLER_LOGISTICS, false, NO_PHOTO, "LOST",
                        BUYER, "Rule_NotReceivedWrongAddress"),
                scenario("a lost parcel on platform logistics is the carrier's",
                        "NOT_RECEIVED_LOST", PLATFORM, false, NO_PHOTO, "LOST",
                        LOGISTICS, "Rule_LostOrReturnedOnPlatformLogistics"),
                scenario("a parcel returned to sender on platform logistics is the carrier's",
                        "NOT_RECEIVED_RETURNED_TO_SENDER", PLATFORM, false, NO_PHOTO, "RETURNED_TO_SENDER",
                        LOGISTICS, "Rule_LostOrReturnedOnPlatformLogistics"),
                scenario("the carrier reporting an 'in transit' parcel lost on platform logistics points at the carrier",
                        "NOT_RECEIVED_IN_TRANSIT", PLATFORM, false, NO_PHOTO, "LOST",
                        LOGISTICS, "Rule_CarrierReportsLostOnPlatformLogistics"),
                scenario("the carrier reporting an untracked parcel lost on platform logistics points at the carrier",
                        "NOT_RECEIVED_NO_TRACKING", PLATFORM, false, NO_PHOTO, "LOST",
                        LOGISTICS, "Rule_CarrierReportsLostOnPlatformLogistics"),
                scenario("a parcel still in transit on platform logistics is left to the arbitrator",
                        "NOT_RECEIVED_IN_TRANSIT", PLATFORM, false, NO_PHOTO, "IN_TRANSIT",
                        NOBODY_YET, "Rule_NoRuleApplies"),
                scenario("a parcel the carrier calls delivered is left to the arbitrator",
                        "NOT_RECEIVED_NO_TRACKING", PLATFORM, false, NO_PHOTO, "DELIVERED",
                        NOBODY_YET, "Rule_NoRuleApplies"),
                scenario("a lost parcel on seller logistics is the seller's",
                        "NOT_RECEIVED_LOST", SELLER_LOGISTICS, false, NO_PHOTO, "LOST",
                        SELLER, "Rule_NotReceivedOnSellerLogistics"),
                scenario("a parcel returned to sender on seller logistics is the seller's",
                        "NOT_RECEIVED_RETURNED_TO_SENDER", SELLER_LOGISTICS, false, NO_PHOTO, "RETURNED_TO_SENDER",
                        SELLER, "Rule_NotReceivedOnSellerLogistics"),
                scenario("a parcel in transit on seller logistics is the seller's",
                        "NOT_RECEIVED_IN_TRANSIT", SELLER_LOGISTICS, false, NO_PHOTO, "IN_TRANSIT",
                        SELLER, "Rule_NotReceivedOnSellerLogistics"),
                scenario("a parcel without tracking on seller logistics is the seller's",
                        "NOT_RECEIVED_NO_TRACKING", SELLER_LOGISTICS, false, NO_PHOTO, NO_CARRIER_STATUS,
                        SELLER, "Rule_NotReceivedOnSellerLogistics"),
                // other not-as-described reasons
                scenario("goods that do not match the description are the seller's",
                        "NOT_AS_DESCRIBED_MISMATCH", PLATFORM, false, NO_PHOTO, "DELIVERED",
                        SELLER, "Rule_OtherNotAsDescribed"),
                scenario("a short quantity is the seller's",
                        "NOT_AS_DESCRIBED_SHORT_QUANTITY", PLATFORM, false, INTACT, "DELIVERED",
                        SELLER, "Rule_OtherNotAsDescribed"),
                scenario("goods that do not work are the seller's",
                        "NOT_AS_DESCRIBED_NOT_WORKING", SELLER_LOGISTICS, false, NO_PHOTO, "DELIVERED",
                        SELLER, "Rule_OtherNotAsDescribed"),
                scenario("a wrong item without label evidence on platform logistics is the seller's",
                        "NOT_AS_DESCRIBED_WRONG_ITEM", PLATFORM, false, NO_PHOTO, "DELIVERED",
                        SELLER, "Rule_OtherNotAsDescribed"),
                scenario("a wrong size is the seller's",
                        "NOT_AS_DESCRIBED_SIZE", PLATFORM, false, NO_PHOTO, "DELIVERED",
                        SELLER, "Rule_OtherNotAsDescribed"),
                // the remaining reasons
                scenario("a shipping method other than the listed one is the seller's",
                        "SHIPPING_METHOD_NOT_AS_DESCRIBED", PLATFORM, false, NO_PHOTO, "DELIVERED",
                        SELLER, "Rule_ShippingMethodNotAsDescribed"),
                scenario("customs duties are the importing buyer's",
                        "CUSTOMS_DUTIES", PLATFORM, false, NO_PHOTO, "DELIVERED",
                        BUYER, "Rule_CustomsDuties"),
                scenario("personal reasons are the buyer's",
                        "PERSONAL_REASONS", PLATFORM, false, NO_PHOTO, "DELIVERED",
                        BUYER, "Rule_BuyerChangedMind"),
                scenario("an easy return is the buyer's",
                        "EASY_RETURN", SELLER_LOGISTICS, false, NO_PHOTO, "DELIVERED",
                        BUYER, "Rule_BuyerChangedMind"),
                // nothing settles it
                scenario("a case without a reason is left to the arbitrator",
                        null, PLATFORM, false, NO_PHOTO, NO_CARRIER_STATUS,
                        NOBODY_YET, "Rule_NoRuleApplies"),
                scenario("damage with an unknown logistics channel and no photo is left to the arbitrator",
                        "NOT_AS_DESCRIBED_DAMAGED", null, false, NO_PHOTO, NO_CARRIER_STATUS,
                        NOBODY_YET, "Rule_NoRuleApplies"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void suggestsResponsibilityFromTheFirstMatchingRule(Case c) {
        DmnDecisionResultEntries suggestion = evaluate(c).getSingleResult();

        assertThat(lastMatchedRuleIds).as("matched rule (FIRST hit)").containsExactly(c.ruleId());
        assertThat(suggestion).as("FIRST always gives a row, the last one catches all").isNotNull();
        assertThat(suggestion.keySet()).as("both outputs present, even a null responsibility")
                .containsExactlyInAnyOrder("responsibility", "rule");
        assertEquals(c.responsibility(), suggestion.getEntry("responsibility"), "responsibility");
        assertThat((String) suggestion.getEntry("rule")).as("sentence for the arbitrator").isNotBlank()
                .isEqualTo(ruleSentenceOf(c.ruleId()));
    }

    @Test
    void whenNoRuleAppliesTheArbitratorJudgesFromTheEvidence() {
        DmnDecisionResultEntries suggestion = evaluate(new Case("NOT_RECEIVED_IN_TRANSIT", PLATFORM, false, NO_PHOTO,
                "EXCEPTION", null, null)).getSingleResult();

        assertThat((String) suggestion.getEntry("responsibility")).isNull();
        assertThat((String) suggestion.getEntry("rule")).isEqualTo("No rule applies: the arbitrator judges from the evidence");
        assertThat(lastMatchedRuleIds).containsExactly("Rule_NoRuleApplies");
    }

    @Test
    void everyRuleRowIsMatchedByAtLeastOneCase() {
        Set<String> matched = new TreeSet<>();
        cases().map(Named::getPayload).forEach(c -> {
            evaluate(c);
            matched.addAll(lastMatchedRuleIds);
        });

        assertEquals(allRuleIds(), matched, "rule rows never matched by a test case");
    }

    @Test
    void theCatchAllRuleComesLastAndMatchesAnything() {
        Rule last = List.copyOf(table.getRules()).get(table.getRules().size() - 1);

        assertThat(last.getId()).isEqualTo("Rule_NoRuleApplies");
        assertThat(last.getInputEntries()).allSatisfy(entry -> assertThat(entry.getTextContent().trim()).isEqualTo("-"));
    }

    @Test
    void inputsAndOutputsCarryTheNamesTheJavaCodeUses() {
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(table.getInputs()).extracting((Input input) -> input.getInputExpression().getText().getTextContent())
                .containsExactly("reason", "logisticsChannel", "labelOverLabel", "packagingDamaged", "carrierStatus");
        assertThat(table.getOutputs()).extracting(Output::getName).containsExactly("responsibility", "rule");
        assertThat(table.getRules()).hasSizeBetween(10, 14);
    }

    @Test
    void everyRowSaysWhyAndWhereItSitsInTheOrder() {
        assertThat(table.getRules()).allSatisfy(rule ->
                assertThat(rule.getDescription()).as(rule.getId()).isNotNull()
                        .extracting(description -> description.getTextContent()).asString()
                        .startsWith("Row ").hasSizeGreaterThan(60));
    }

    private static DmnDecisionResult evaluate(Case c) {
        lastMatchedRuleIds.clear();
        return engine.evaluateDecision(decision, Variables.createVariables()
                .putValue("reason", c.reason())
                .putValue("logisticsChannel", c.logisticsChannel())
                .putValue("labelOverLabel", c.labelOverLabel())
                .putValue("packagingDamaged", c.packagingDamaged())
                .putValue("carrierStatus", c.carrierStatus()));
    }

    /** The arbitrator's sentence as written in the rule row, read from the model (FEEL string literal). */
    private static String ruleSentenceOf(String ruleId) {
        Rule rule = table.getRules().stream().filter(r -> r.getId().equals(ruleId)).findFirst().orElseThrow();
        String literal = List.copyOf(rule.getOutputEntries()).get(1).getTextContent().trim();
        assertThat(literal).startsWith("\"").endsWith("\"");
        return literal.substring(1, literal.length() - 1);
    }

    private static Set<String> allRuleIds() {
        return table.getRules().stream().map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Named<Case> scenario(String behaviour, String reason, String logisticsChannel, Boolean labelOverLabel,
                                        Boolean packagingDamaged, String carrierStatus, String responsibility, String ruleId) {
        return Named.of(behaviour, new Case(reason, logisticsChannel, labelOverLabel, packagingDamaged, carrierStatus,
                responsibility, ruleId));
    }

}
