package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputecenter.execution.FlakyPayments;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A refund that fails is retried, becomes an incident, and is paid exactly once after the repair. */
@Import(FlakyPayments.class)
class PaymentOutageIT extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefundThatKeepsFailingBecomesAnIncidentAndIsPaidOnceAfterRecovery() throws Exception {
        String id = openAliExpress("NOT_RECEIVED_NO_TRACKING");
        fireTimer(id, "Timer_SellerResponseWindow");
        FlakyPayments.FAILURES_LEFT.set(3);

        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        Job refund = management.createJobQuery().processInstanceId(instance).activityId("Task_RefundBuyer").singleResult();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(refund.getId())).hasMessageContaining("unavailable");
        }

        JsonNode incidents = engine("ann", "GET", "/incident?processInstanceId=" + instance).expect(200).body();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).get("activityId").asText()).isEqualTo("Task_RefundBuyer");
        assertThat(dispute("bob", id).at("/resolution/executedAt").isNull()).isTrue();
        assertThat(paid(id)).isZero();
        // as Cockpit reads it, and as the operations metrics and health show it
        assertThat(incidents.get(0).get("incidentType").asText()).isEqualTo("failedJob");
        assertThat(incidents.get(0).get("incidentMessage").asText()).contains("payment service unavailable");
        assertThat(engine("ann", "GET", "/incident/count?incidentType=failedJob").body().get("count").asInt())
                .isGreaterThanOrEqualTo(1);
        double open = HealthAndMetricsIT.metric(overHttp("ann", "GET", "/actuator/prometheus").expect(200).raw(),
                "dispute_center_incidents_open");
        assertThat(open).isGreaterThanOrEqualTo(1);
        assertThat(overHttp("ann", "GET", "/actuator/health").body().at("/components/jobExecutor/details/failedJobs")
                .asInt()).isGreaterThanOrEqualTo(1);

        // the payment service is back; an operator retries the job, as from Cockpit
        overHttp("ann", "PUT", "/engine-rest/job/" + refund.getId() + "/retries", "{\"retries\": 1}").expect(204);
        management.executeJob(refund.getId());

        assertThat(paid(id)).isEqualTo(1);
        assertThat(engine("ann", "GET", "/incident?processInstanceId=" + instance).body()).isEmpty();
        assertThat(HealthAndMetricsIT.metric(overHttp("ann", "GET", "/actuator/prometheus").raw(),
                "dispute_center_incidents_open")).isEqualTo(open - 1);
        Answer refunded = dispute("bob", id);
        assertThat(refunded.at("/resolution/executedAt").isNull()).isFalse();
        assertThat(types(refunded.at("/timeline")).stream().filter("REFUNDED"::equals)).hasSize(1);
    }

    private long paid(String disputeId) {
        return jdbc.sql("select count(*) from executed_action where dispute_id = ? and kind = 'REFUND'")
                .param(java.util.UUID.fromString(disputeId)).query(Long.class).single();
    }
}
