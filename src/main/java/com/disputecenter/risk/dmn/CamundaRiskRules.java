package com.disputecenter.risk.dmn;

import com.disputecenter.risk.RiskLevel;
import com.disputecenter.risk.RiskRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the early-warning tables as {@code rules.dmn.CamundaRules} does the rulebooks: the newest
 * deployed version by key (an analyst's redeploy applies to the next assessment), parsed once per
 * version and evaluated without history, since an assessment changes nothing and is asked often.
 */
@Component
class CamundaRiskRules implements RiskRules {

    static final String DECISION_RISK = "dispute-risk";
    static final String DECISION_RISK_LEVEL = "dispute-risk-level";

    private final RepositoryService repository;
    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    CamundaRiskRules(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public List<Factor> factors(Facts facts) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("buyerDisputes", facts.buyerDisputes());
        variables.put("destinationCountry", facts.destinationCountry());
        variables.put("logisticsChannel", facts.logisticsChannel());
        variables.put("categoryDisputeRate", facts.categoryDisputeRate());
        variables.put("orderValue", facts.orderValue());
        variables.put("platform", facts.platform());
        variables.put("protectionDaysLeft", facts.protectionDaysLeft());
        return engine.evaluateDecision(newest(DECISION_RISK), variables).getResultList().stream()
                .map(row -> new Factor(number(row.get("points")), (String) row.get("reason"),
                        row.get("extendProtectionDays") == null ? null : number(row.get("extendProtectionDays"))))
                .toList();
    }

    @Override
    public RiskLevel level(int score) {
        DmnDecisionResultEntries row = engine.evaluateDecision(newest(DECISION_RISK_LEVEL), Map.of("score", score))
                .getSingleResult();
        if (row == null || row.getEntry("level") == null) {
            throw new IllegalStateException("The risk level table has no band for the score " + score);
        }
        return RiskLevel.valueOf(row.<String>getEntry("level"));
    }

    private DmnDecision newest(String key) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(key)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new IllegalStateException("DMN " + key + " is not deployed");
        }
        return parsed.computeIfAbsent(latest.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return engine.parseDecision(key, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static int number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        throw new IllegalStateException("the risk table gives no number: " + value);
    }
}
