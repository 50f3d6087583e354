package com.disputecenter.processes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The port to the engine's view of the deployed models and the cases running in them. */
public interface ProcessInsight {

    /** The latest version of every deployed process, without its XML. */
    List<Model> deployed();

    /** The latest version of one process: its BPMN, and the open cases at each element over all its versions. */
    Optional<Load> load(String processKey);

    /** The process instance that carries a case, if it still runs or ran. */
    Optional<String> instanceOf(UUID disputeId);

    record Model(String key, String name, int version, String definitionId) {
    }

    /**
     * @param waiting open cases (process instances) at each element id, summed over the versions
     * @param incidents open incidents at each element id
     */
    record Load(Model model, String bpmnXml, java.util.Map<String, Long> waiting, java.util.Map<String, Long> incidents,
            List<Incident> openIncidents) {
    }

    record Incident(String id, String elementId, String type, String message, String processInstanceId,
            String disputeId, Instant at) {
    }
}
