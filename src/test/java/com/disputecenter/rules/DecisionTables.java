package com.disputecenter.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;

/**
 * The analysts' DMN files as the decision tests read them: a plain DMN engine that records which
 * rows matched the last evaluation, so a test can say which row gave an answer and that every row
 * of a table is reached by some case.
 */
final class DecisionTables {

    private final String resource;
    private final List<String> lastMatchedRuleIds;
    private final DmnEngine engine;

    /** Reads bpmn/{fileName}; the ids of the rows that matched are written into lastMatchedRuleIds. */
    DecisionTables(String fileName, List<String> lastMatchedRuleIds) {
        this.resource = "bpmn/" + fileName;
        this.lastMatchedRuleIds = lastMatchedRuleIds;
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionEvaluationListeners(List.of(event -> {
            if (event.getDecisionResult() instanceof DmnDecisionTableEvaluationEvent tableEvent) {
                lastMatchedRuleIds.clear();
                tableEvent.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId)
                        .forEach(lastMatchedRuleIds::add);
            }
        }));
        this.engine = configuration.buildEngine();
    }

    DmnEngine engine() {
        return engine;
    }

    DmnDecision decision(String key) {
        try (InputStream in = open()) {
            return engine.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as the analyst wrote it, to list its rows. */
    DecisionTable table(String key) {
        try (InputStream in = open()) {
            Decision element = Dmn.readModelFromStream(in).getModelElementById(key);
            return (DecisionTable) element.getExpression();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream open() {
        InputStream in = DecisionTables.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        return in;
    }
}
