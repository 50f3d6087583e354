package com.disputecenter.processes.process;

import com.disputecenter.processes.ProcessInsight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Reads the engine's own statistics: one query per deployed version of a process (activity
 * statistics are aggregated in the database, so tens of thousands of open cases cost one grouped
 * query per version, not one row each).
 */
@Component
class CamundaProcessInsight implements ProcessInsight {

    private final RepositoryService repository;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final HistoryService history;

    CamundaProcessInsight(RepositoryService repository, ManagementService management, RuntimeService runtime,
            HistoryService history) {
        this.repository = repository;
        this.management = management;
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public List<Model> deployed() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                .stream().map(CamundaProcessInsight::model).toList();
    }

    @Override
    public Optional<Load> load(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (latest == null) {
            return Optional.empty();
        }
        Map<String, Long> waiting = new TreeMap<>();
        Map<String, Long> incidents = new TreeMap<>();
        for (ProcessDefinition version : repository.createProcessDefinitionQuery().processDefinitionKey(processKey).list()) {
            for (ActivityStatistics stats : management.createActivityStatisticsQuery(version.getId()).includeIncidents().list()) {
                waiting.merge(stats.getId(), (long) stats.getInstances(), Long::sum);
                long open = stats.getIncidentStatistics().stream().mapToLong(IncidentStatistics::getIncidentCount).sum();
                if (open > 0) {
                    incidents.merge(stats.getId(), open, Long::sum);
                }
            }
        }
        List<Incident> openIncidents = runtime.createIncidentQuery().processDefinitionKeyIn(processKey)
                .orderByIncidentTimestamp().desc().listPage(0, 50).stream()
                .map(i -> new Incident(i.getId(), i.getActivityId(), i.getIncidentType(), i.getIncidentMessage(),
                        i.getProcessInstanceId(), businessKey(i.getProcessInstanceId()),
                        i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant()))
                .toList();
        return Optional.of(new Load(model(latest), xml(latest), waiting, incidents, openIncidents));
    }

    @Override
    public Optional<String> instanceOf(UUID disputeId) {
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId.toString())
                .singleResult();
        if (running != null) {
            return Optional.of(running.getId());
        }
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(disputeId.toString())
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
                .map(HistoricProcessInstance::getId).findFirst();
    }

    private String businessKey(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private String xml(ProcessDefinition definition) {
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model model(ProcessDefinition d) {
        return new Model(d.getKey(), d.getName() == null ? d.getKey() : d.getName(), d.getVersion(), d.getId());
    }
}
