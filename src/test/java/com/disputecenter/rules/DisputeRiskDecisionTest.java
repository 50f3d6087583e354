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
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
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
 * The early warning {@code bpmn/dispute-risk.dmn}: the factor table (hit policy COLLECT) must fire exactly
 * the named rows for each order, and the level table (UNIQUE) must band every score; every row of both is
 * matched by at least one case.
 */
class DisputeRiskDecisionTest {


    private static DmnEngine engine;
    private static DmnDecision factors;
    private static DmnDecision level;
    private static DecisionTable factorTable;
    private static DecisionTable levelTable;
    private static final List<String> lastMatchedRuleIds = new ArrayList<>();

    @BeforeAll
    static void parseTheDecisions() {
        DecisionTables tables = new DecisionTables("dispute-risk.dmn", lastMatchedRuleIds);
        engine = tables.engine();
        factors = tables.decision("dispute-risk");
        level = tables.decision("dispute-risk-level");
        factorTable = tables.table("dispute-risk");
        levelTable = tables.table("dispute-risk-level");
    }

    /** An order's facts; null where the caller did not say. */
    record Order(Integer buyerDisputes, String country, String channel, Double categoryRate, Double value,
            String platform, Integer protectionDaysLeft) {

        Order with(Integer buyerDisputes, String country, String channel) {
            return new Order(buyerDisputes, country, channel, categoryRate, value, platform, protectionDaysLeft);
        }
    }

    /** A calm order: first purchase, Italy, platform logistics, quiet category, small value, protection far off. */
    private static final Order CALM = new Order(0, "IT", "PLATFORM", 0.5, 40.0, "ALIEXPRESS", 40);

    record Case(Order order, List<String> ruleIds, int points, Integer extension) {
    }

    static Stream<Named<Case>> cases() {
        return Stream.of(
                scenario("a calm order fires nothing", CALM, 0, null),
                scenario("an order without any facts fires nothing",
                        new Order(null, null, null, null, null, null, null), 0, null),
                scenario("a buyer with three recent disputes weighs most", CALM.with(3, "IT", "PLATFORM"), 35, null,
                        "Rule_BuyerDisputesOften"),
                scenario("a buyer with many recent disputes still fires one buyer row", CALM.with(9, "IT", "PLATFORM"), 35,
                        null, "Rule_BuyerDisputesOften"),
                scenario("one recent dispute fires the milder buyer row", CALM.with(1, "IT", "PLATFORM"), 15, null,
                        "Rule_BuyerDisputedBefore"),
                scenario("two recent disputes fire the milder buyer row", CALM.with(2, "IT", "PLATFORM"), 15, null,
                        "Rule_BuyerDisputedBefore"),
                scenario("Brazil has structural delivery delays", CALM.with(0, "BR", "PLATFORM"), 20, null,
                        "Rule_StructuralDelayDestination"),
                scenario("the seller's own logistics carries the parcel risk", CALM.with(0, "IT", "SELLER"), 10, null,
                        "Rule_SellerLogistics"),
                scenario("a category disputed 5 % of the time",
                        new Order(0, "IT", "PLATFORM", 5.0, 40.0, "ALIEXPRESS", 40), 20, null,
                        "Rule_CategoryDisputeRateHigh"),
                scenario("a category disputed 2 % of the time",
                        new Order(0, "IT", "PLATFORM", 2.0, 40.0, "ALIEXPRESS", 40), 10, null,
                        "Rule_CategoryDisputeRateRaised"),
                scenario("a category just under 5 % stays in the milder band",
                        new Order(0, "IT", "PLATFORM", 4.99, 40.0, "ALIEXPRESS", 40), 10, null,
                        "Rule_CategoryDisputeRateRaised"),
                scenario("an order of 200 is high value",
                        new Order(0, "IT", "PLATFORM", 0.5, 200.0, "AMAZON", null), 15, null, "Rule_HighValueOrder"),
                scenario("an order of 100 is mid value",
                        new Order(0, "IT", "PLATFORM", 0.5, 100.0, "EBAY", null), 5, null, "Rule_MidValueOrder"),
                scenario("an order just under 100 adds nothing",
                        new Order(0, "IT", "PLATFORM", 0.5, 99.99, "EBAY", null), 0, null),
                scenario("AliExpress to Brazil with 4 days of protection left: extend by 30 days",
                        new Order(0, "BR", "PLATFORM", 0.5, 40.0, "ALIEXPRESS", 4), 35, 30,
                        "Rule_StructuralDelayDestination", "Rule_ExtendAliExpressProtection"),
                scenario("AliExpress to Brazil on the last day of protection: extend",
                        new Order(0, "BR", "PLATFORM", 0.5, 40.0, "ALIEXPRESS", 0), 35, 30,
                        "Rule_StructuralDelayDestination", "Rule_ExtendAliExpressProtection"),
                scenario("AliExpress to Brazil with 5 days left: no extension yet",
                        new Order(0, "BR", "PLATFORM", 0.5, 40.0, "ALIEXPRESS", 5), 20, null,
                        "Rule_StructuralDelayDestination"),
                scenario("AliExpress to Brazil after protection ended: too late to extend",
                        new Order(0, "BR", "PLATFORM", 0.5, 40.0, "ALIEXPRESS", -1), 20, null,
                        "Rule_StructuralDelayDestination"),
                scenario("AliExpress to Italy near the end of protection: no structural delay, no extension",
                        new Order(0, "IT", "PLATFORM", 0.5, 40.0, "ALIEXPRESS", 2), 0, null),
                scenario("eBay to Brazil near the end of protection: a warning but no extension",
                        new Order(0, "BR", "PLATFORM", 0.5, 40.0, "EBAY", 3), 35, null,
                        "Rule_StructuralDelayDestination", "Rule_ProtectionEndingElsewhere"),
                scenario("everything at once sums past 100 (the service caps it)",
                        new Order(4, "BR", "SELLER", 7.5, 350.0, "ALIEXPRESS", 1), 115, 30,
                        "Rule_BuyerDisputesOften", "Rule_StructuralDelayDestination", "Rule_SellerLogistics",
                        "Rule_CategoryDisputeRateHigh", "Rule_HighValueOrder", "Rule_ExtendAliExpressProtection"),
                scenario("a mid-value order with a raised category and a returning buyer",
                        new Order(1, "DE", "PLATFORM", 3.0, 150.0, "TMALL_GLOBAL", 20), 30, null,
                        "Rule_BuyerDisputedBefore", "Rule_CategoryDisputeRateRaised", "Rule_MidValueOrder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firesExactlyTheRowsThatApplyAndTheirPointsAddUp(Case c) {
        DmnDecisionResult result = evaluate(c.order());

        assertThat(lastMatchedRuleIds).as("fired rows, in table order").containsExactlyElementsOf(c.ruleIds());
        assertThat(result.getResultList()).allSatisfy(row -> {
            assertThat(row).containsKeys("points", "reason");
            assertThat((String) row.get("reason")).isNotBlank();
        });
        assertThat(result.getResultList().stream().mapToInt(row -> ((Number) row.get("points")).intValue()).sum())
                .as("points").isEqualTo(c.points());
        Integer extension = result.getResultList().stream()
                .map(row -> (Integer) row.get("extendProtectionDays"))
                .filter(days -> days != null)
                .findFirst().orElse(null);
        assertEquals(c.extension(), extension, "protection extension (days)");
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @MethodSource("levels")
    void theScoreFallsIntoExactlyOneLevel(int score, String expected, String ruleId) {
        DmnDecisionResult result = engine.evaluateDecision(level, Variables.createVariables().putValue("score", score));

        assertThat(result.getSingleResult().<String>getEntry("level")).isEqualTo(expected);
        assertThat(lastMatchedRuleIds).containsExactly(ruleId);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> levels() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(0, "LOW", "Rule_LevelLow"),
                org.junit.jupiter.params.provider.Arguments.of(29, "LOW", "Rule_LevelLow"),
                org.junit.jupiter.params.provider.Arguments.of(30, "MEDIUM", "Rule_LevelMedium"),
                org.junit.jupiter.params.provider.Arguments.of(59, "MEDIUM", "Rule_LevelMedium"),
                org.junit.jupiter.params.provider.Arguments.of(60, "HIGH", "Rule_LevelHigh"),
                org.junit.jupiter.params.provider.Arguments.of(100, "HIGH", "Rule_LevelHigh"));
    }

    @Test
    void everyRowOfBothTablesIsMatchedByAtLeastOneCase() {
        Set<String> matched = new TreeSet<>();
        cases().map(Named::getPayload).forEach(c -> {
            evaluate(c.order());
            matched.addAll(lastMatchedRuleIds);
        });
        levels().forEach(args -> {
            engine.evaluateDecision(level, Variables.createVariables().putValue("score", args.get()[0]));
            matched.addAll(lastMatchedRuleIds);
        });

        Set<String> all = Stream.concat(factorTable.getRules().stream(), levelTable.getRules().stream())
                .map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, matched, "rule rows never matched by a test case");
    }

    @Test
    void inputsAndOutputsCarryTheNamesTheJavaCodeUses() {
        assertThat(factorTable.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
        assertThat(factorTable.getAggregation()).as("no aggregation: every reason is kept").isNull();
        assertThat(factorTable.getInputs()).extracting((Input input) -> input.getInputExpression().getText().getTextContent())
                .containsExactly("buyerDisputes", "destinationCountry", "logisticsChannel", "categoryDisputeRate",
                        "orderValue", "platform", "protectionDaysLeft");
        assertThat(factorTable.getOutputs()).extracting(Output::getName)
                .containsExactly("points", "reason", "extendProtectionDays");
        assertThat(levelTable.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(levelTable.getOutputs()).extracting(Output::getName).containsExactly("level");
    }

    @Test
    void everyRowSaysWhereItsFactComesFrom() {
        assertThat(Stream.concat(factorTable.getRules().stream(), levelTable.getRules().stream())).allSatisfy(rule ->
                assertThat(rule.getDescription()).as(rule.getId()).isNotNull()
                        .extracting(description -> description.getTextContent()).asString().hasSizeGreaterThan(30));
    }

    private static DmnDecisionResult evaluate(Order o) {
        lastMatchedRuleIds.clear();
        VariableMap variables = Variables.createVariables()
                .putValue("buyerDisputes", o.buyerDisputes())
                .putValue("destinationCountry", o.country())
                .putValue("logisticsChannel", o.channel())
                .putValue("categoryDisputeRate", o.categoryRate())
                .putValue("orderValue", o.value())
                .putValue("platform", o.platform())
                .putValue("protectionDaysLeft", o.protectionDaysLeft());
        return engine.evaluateDecision(factors, variables);
    }

    private static Named<Case> scenario(String behaviour, Order order, int points, Integer extension,
            String... ruleIds) {
        return Named.of(behaviour, new Case(order, List.of(ruleIds), points, extension));
    }

}
