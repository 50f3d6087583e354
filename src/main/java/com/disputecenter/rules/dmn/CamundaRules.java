package com.disputecenter.rules.dmn;

import static com.disputecenter.dispute.process.ProcessConstants.DECISION_PLATFORM_RULES;
import static com.disputecenter.dispute.process.ProcessConstants.DECISION_RESPONSIBILITY;

import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Responsibility;
import com.disputecenter.rules.ResponsibilityAdvisor;
import com.disputecenter.rules.Rulebook;
import com.disputecenter.rules.Rulebooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the analysts' DMN tables in the embedded engine. Always by key for the newest
 * version, or by the id pinned on a dispute: a redeployed table needs no restart.
 */
@Component
class CamundaRules implements Rulebooks, ResponsibilityAdvisor {

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final DmnEngine rulebookEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();
    private final Map<Pin, Rulebook> rulebooks = new ConcurrentHashMap<>();

    private record Pin(String decisionDefinitionId, Platform platform) {
    }

    CamundaRules(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    @Override
    public Rulebook current(Platform platform) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_PLATFORM_RULES)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new IllegalStateException("DMN " + DECISION_PLATFORM_RULES + " is not deployed");
        }
        return pinned(latest.getId(), platform);
    }

    /**
     * A rulebook lookup is configuration, not a decision worth an audit trail: it is evaluated by
     * a history-free DMN engine on the deployed decision version. A deployed version never changes,
     * so each platform's row is read once per version (the benchmark found a quarter of a
     * lifecycle's CPU in re-evaluating it); an analyst's redeploy is a new version, read afresh.
     */
    @Override
    public Rulebook pinned(String decisionDefinitionId, Platform platform) {
        return rulebooks.computeIfAbsent(new Pin(decisionDefinitionId, platform),
                pin -> evaluate(pin.decisionDefinitionId(), pin.platform()));
    }

    private Rulebook evaluate(String decisionDefinitionId, Platform platform) {
        DmnDecision decision = parsed.computeIfAbsent(decisionDefinitionId, id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                String key = repository.getDecisionDefinition(id).getKey();
                return rulebookEngine.parseDecision(key, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        DmnDecisionResult result = rulebookEngine.evaluateDecision(decision, Map.of("platform", platform.name()));
        DmnDecisionResultEntries row = result.getSingleResult();
        if (row == null) {
            throw new IllegalStateException("the rulebook has no row for " + platform);
        }
        return new Rulebook(
                decisionDefinitionId,
                platform,
                text(row, "sellerResponseWindow"),
                text(row, "negotiationWindow"),
                text(row, "escalationOpensAfter"),
                flag(row, "windowsInBusinessDays"),
                text(row, "filingWindow"),
                text(row, "filingWindowStartsAt"),
                text(row, "sellerContactWait"),
                flag(row, "evidenceMandatoryForNotAsDescribed"),
                text(row, "returnAddressWindow"),
                text(row, "returnShipmentWindow"),
                text(row, "returnReceiptWindow"),
                text(row, "arbitrationSla"),
                text(row, "evidenceRequestWindow"),
                text(row, "appealWindow"),
                flag(row, "sellerMayWithdrawArbitration"),
                flag(row, "prepaidReturnLabelRequired"),
                number(row, "maxFileBytes"),
                number(row, "maxPartyEvidenceBytes"),
                text(row, "returnReceiptCountsFrom"));
    }

    @Override
    public Suggestion suggest(Facts facts) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reason", facts.reason());
        variables.put("logisticsChannel", facts.logisticsChannel());
        variables.put("labelOverLabel", facts.labelOverLabel());
        variables.put("packagingDamaged", facts.packagingDamaged());
        variables.put("carrierStatus", facts.carrierStatus());
        DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(DECISION_RESPONSIBILITY)
                .variables(variables)
                .evaluate()
                .getFirstResult();
        if (row == null) {
            return new Suggestion(null, null);
        }
        String responsibility = text(row, "responsibility");
        return new Suggestion(
                responsibility == null ? null : Responsibility.valueOf(responsibility), text(row, "rule"));
    }

    private static String text(DmnDecisionResultEntries row, String name) {
        Object value = row.getEntry(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static boolean flag(DmnDecisionResultEntries row, String name) {
        Object value = row.getEntry(name);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    private static long number(DmnDecisionResultEntries row, String name) {
        Object value = row.getEntry(name);
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("the rulebook gives no number for " + name);
    }
}
