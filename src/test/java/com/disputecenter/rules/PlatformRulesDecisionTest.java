package com.disputecenter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rulebook table {@code bpmn/platform-rules.dmn}: one row per platform, every output checked,
 * and every row matched at least once.
 */
class PlatformRulesDecisionTest {

    private static final String DECISION_KEY = "platform-rules";

    /** The outputs the Java code reads, with their DMN typeRef, in table order. */
    private static final Map<String, String> OUTPUT_TYPES = orderedMap(
            "sellerResponseWindow", "string",
            "negotiationWindow", "string",
            "escalationOpensAfter", "string",
            "windowsInBusinessDays", "boolean",
            "filingWindow", "string",
            "filingWindowStartsAt", "string",
            "sellerContactWait", "string",
            "evidenceMandatoryForNotAsDescribed", "boolean",
            "returnAddressWindow", "string",
            "returnShipmentWindow", "string",
            "returnReceiptWindow", "string",
            "arbitrationSla", "string",
            "evidenceRequestWindow", "string",
            "appealWindow", "string",
            "sellerMayWithdrawArbitration", "boolean",
            "prepaidReturnLabelRequired", "boolean",
            "maxFileBytes", "long",
            "maxPartyEvidenceBytes", "long",
            "returnReceiptCountsFrom", "string");

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private static DmnEngine engine;
    private static DmnDecision decision;
    private static DecisionTable table;
    private static final List<String> lastMatchedRuleIds = new ArrayList<>();

    @BeforeAll
    static void parseTheRulebooks() {
        DecisionTables tables = new DecisionTables("platform-rules.dmn", lastMatchedRuleIds);
        engine = tables.engine();
        decision = tables.decision(DECISION_KEY);
        table = tables.table(DECISION_KEY);
    }

    /** What one platform's row must give. */
    record Rulebook(String platform, String ruleId, Map<String, Object> outputs) {
    }

    static Stream<Named<Rulebook>> rulebooks() {
        return Stream.of(
                rulebook("ALIEXPRESS", "Rule_AliExpress",
                        "sellerResponseWindow", "P5D",
                        "negotiationWindow", "P7D",
                        "escalationOpensAfter", null,
                        "windowsInBusinessDays", false,
                        "filingWindow", null,
                        "filingWindowStartsAt", null,
                        "sellerContactWait", null,
                        "evidenceMandatoryForNotAsDescribed", false,
                        "returnAddressWindow", "P5D",
                        "returnShipmentWindow", "P10D",
                        "returnReceiptWindow", "P15D",
                        "arbitrationSla", "P2D",
                        "evidenceRequestWindow", "P3D",
                        "appealWindow", null,
                        "sellerMayWithdrawArbitration", true,
                        "prepaidReturnLabelRequired", false,
                        "maxFileBytes", TEN_MB,
                        "maxPartyEvidenceBytes", FIFTY_MB,
                        "returnReceiptCountsFrom", "SHIPMENT"),
                rulebook("TMALL_GLOBAL", "Rule_TmallGlobal",
                        "sellerResponseWindow", "P3D",
                        "negotiationWindow", "P7D",
                        "escalationOpensAfter", null,
                        "windowsInBusinessDays", false,
                        "filingWindow", "PT24H",
                        "filingWindowStartsAt", "DELIVERY",
                        "sellerContactWait", null,
                        "evidenceMandatoryForNotAsDescribed", true,
                        "returnAddressWindow", "P5D",
                        "returnShipmentWindow", "P10D",
                        "returnReceiptWindow", "P15D",
                        "arbitrationSla", "P2D",
                        "evidenceRequestWindow", "P3D",
                        "appealWindow", null,
                        "sellerMayWithdrawArbitration", true,
                        "prepaidReturnLabelRequired", false,
                        "maxFileBytes", TEN_MB,
                        "maxPartyEvidenceBytes", FIFTY_MB,
                        "returnReceiptCountsFrom", "SHIPMENT"),
                rulebook("AMAZON", "Rule_Amazon",
                        "sellerResponseWindow", "PT72H",
                        "negotiationWindow", "P7D",
                        "escalationOpensAfter", null,
                        "windowsInBusinessDays", false,
                        "filingWindow", "P90D",
                        "filingWindowStartsAt", "LATEST_ESTIMATED_DELIVERY",
                        "sellerContactWait", "PT48H",
                        "evidenceMandatoryForNotAsDescribed", false,
                        "returnAddressWindow", "P5D",
                        "returnShipmentWindow", "P10D",
                        "returnReceiptWindow", "P15D",
                        "arbitrationSla", "P2D",
                        "evidenceRequestWindow", "P3D",
                        "appealWindow", "P30D",
                        "sellerMayWithdrawArbitration", false,
                        "prepaidReturnLabelRequired", true,
                        "maxFileBytes", TEN_MB,
                        "maxPartyEvidenceBytes", FIFTY_MB,
                        "returnReceiptCountsFrom", "DELIVERY"),
                rulebook("EBAY", "Rule_Ebay",
                        "sellerResponseWindow", "P3D",
                        "negotiationWindow", "P6D",
                        "escalationOpensAfter", "P3D",
                        "windowsInBusinessDays", true,
                        "filingWindow", "P30D",
                        "filingWindowStartsAt", "DELIVERY",
                        "sellerContactWait", null,
                        "evidenceMandatoryForNotAsDescribed", false,
                        "returnAddressWindow", "P5D",
                        "returnShipmentWindow", "P10D",
                        "returnReceiptWindow", "P15D",
                        "arbitrationSla", "PT48H",
                        "evidenceRequestWindow", "P3D",
                        "appealWindow", "P30D",
                        "sellerMayWithdrawArbitration", false,
                        "prepaidReturnLabelRequired", false,
                        "maxFileBytes", TEN_MB,
                        "maxPartyEvidenceBytes", FIFTY_MB,
                        "returnReceiptCountsFrom", "DELIVERY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulebooks")
    void eachPlatformGetsItsOwnRulebook(Rulebook expected) {
        DmnDecisionResult result = evaluate(expected.platform());

        assertThat(result).as("exactly one rulebook row").hasSize(1);
        assertThat(lastMatchedRuleIds).containsExactly(expected.ruleId());
        DmnDecisionResultEntries entries = result.getSingleResult();
        // null cells are written as FEEL null, so every output is present and getEntry never fails
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(OUTPUT_TYPES.keySet());
        List<Executable> checks = new ArrayList<>();
        expected.outputs().forEach((name, value) ->
                checks.add(() -> assertEquals(value, entries.getEntry(name), expected.platform() + " " + name)));
        assertAll(checks);
    }

    @ParameterizedTest(name = "platform \"{0}\" has no rulebook")
    @NullAndEmptySource
    @ValueSource(strings = {"WISH", "aliexpress", "EBAY "})
    void unknownPlatformHasNoRulebook(String platform) {
        DmnDecisionResult result = evaluate(platform);

        assertThat(result).isEmpty();
        assertThat(result.getSingleResult()).isNull();
        assertThat(lastMatchedRuleIds).isEmpty();
    }

    @Test
    void everyRuleRowIsMatchedByAtLeastOneRulebookCase() {
        Set<String> matched = new TreeSet<>();
        rulebooks().map(Named::getPayload).forEach(rulebook -> {
            evaluate(rulebook.platform());
            matched.addAll(lastMatchedRuleIds);
        });

        Set<String> allRuleIds = table.getRules().stream().map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(allRuleIds).hasSize(4);
        assertEquals(allRuleIds, matched, "rule rows never matched by a test case");
    }

    @Test
    void everyCaseChecksEveryOutput() {
        rulebooks().map(Named::getPayload).forEach(rulebook ->
                assertThat(rulebook.outputs().keySet()).as(rulebook.platform()).containsExactlyElementsOf(OUTPUT_TYPES.keySet()));
    }

    @Test
    void outputsCarryTheNamesAndTypesTheJavaCodeReads() {
        Map<String, String> declared = table.getOutputs().stream()
                .collect(Collectors.toMap(Output::getName, Output::getTypeRef, (a, b) -> a, LinkedHashMap::new));

        assertThat(declared).containsExactlyEntriesOf(OUTPUT_TYPES);
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getInputs()).singleElement()
                .satisfies(input -> assertThat(input.getInputExpression().getText().getTextContent()).isEqualTo("platform"));
    }

    @Test
    void everyDeadlineIsAnIsoDurationATimerAccepts() {
        Set<String> durationOutputs = Set.of("sellerResponseWindow", "negotiationWindow", "filingWindow", "sellerContactWait",
                "returnAddressWindow", "returnShipmentWindow", "returnReceiptWindow", "arbitrationSla",
                "evidenceRequestWindow", "appealWindow");
        rulebooks().map(Named::getPayload).forEach(rulebook -> {
            DmnDecisionResultEntries entries = evaluate(rulebook.platform()).getSingleResult();
            for (String name : durationOutputs) {
                String value = entries.getEntry(name);
                if (value != null) {
                    assertThat(Duration.parse(value)).as(rulebook.platform() + " " + name).isPositive();
                }
            }
        });
    }

    @Test
    void everyRowExplainsWhereItsValuesComeFrom() {
        assertThat(table.getRules()).allSatisfy(rule ->
                assertThat(rule.getDescription()).as(rule.getId()).isNotNull()
                        .extracting(description -> description.getTextContent())
                        .asString().containsAnyOf("Seed", "seed", "DESIGN.md").contains("Our default"));
    }

    private static DmnDecisionResult evaluate(String platform) {
        lastMatchedRuleIds.clear();
        return engine.evaluateDecision(decision, Variables.createVariables().putValue("platform", platform));
    }

    private static Named<Rulebook> rulebook(String platform, String ruleId, Object... namesAndValues) {
        return Named.of(platform + " rulebook", new Rulebook(platform, ruleId, orderedMap(namesAndValues)));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... namesAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (V) namesAndValues[i + 1]);
        }
        return map;
    }

}
