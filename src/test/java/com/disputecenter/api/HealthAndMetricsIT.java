package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a load balancer, a Prometheus scraper and an outsider see under /actuator. */
class HealthAndMetricsIT extends ApiTest {

    @Test
    void healthIsPublicButItsDetailsAreForAnalysts() throws Exception {
        Answer anonymous = overHttp(null, "GET", "/actuator/health").expect(200);
        assertThat(anonymous.text("/status")).isEqualTo("UP");
        assertThat(anonymous.body().has("components")).isFalse();
        overHttp(null, "GET", "/actuator/health/readiness").expect(200);
        overHttp(null, "GET", "/actuator/health/liveness").expect(200);
        assertThat(overHttp("bob", "GET", "/actuator/health").expect(200).body().has("components")).isFalse();

        Answer detailed = overHttp("ann", "GET", "/actuator/health").expect(200);
        assertThat(detailed.text("/components/db/status")).isEqualTo("UP");
        // the suite runs its jobs itself: this node runs none, which is not a failure
        assertThat(detailed.text("/components/jobExecutor/status")).isEqualTo("UNKNOWN");
        assertThat(detailed.at("/components/jobExecutor/details/dueJobs").isNumber()).isTrue();
    }

    @Test
    void metricsNeedAnAnalystsLoginAndCountDisputes() throws Exception {
        overHttp(null, "GET", "/actuator/prometheus").expect(401);
        overHttp("bob", "GET", "/actuator/prometheus").expect(403);
        overHttp("ada", "GET", "/actuator/prometheus").expect(403);
        double before = metric(overHttp("ann", "GET", "/actuator/prometheus").expect(200).raw(),
                "dispute_center_disputes_opened");

        String id = openAliExpress("NOT_RECEIVED_NO_TRACKING");
        fireTimer(id, "Timer_SellerResponseWindow");

        String scraped = overHttp("ann", "GET", "/actuator/prometheus").expect(200).raw();
        assertThat(metric(scraped, "dispute_center_disputes_opened")).isEqualTo(before + 1);
        assertThat(metric(scraped, "dispute_center_disputes_timeouts")).isGreaterThanOrEqualTo(1);
        assertThat(metric(scraped, "dispute_center_jobs_due")).as("the refund waits for a job executor")
                .isGreaterThanOrEqualTo(1);
        assertThat(scraped).contains("dispute_center_disputes{status=\"RESOLVED\"}", "dispute_center_incidents_open",
                "hikaricp_connections_active");
        runAsyncJobs(id);
    }

    @Test
    void everyOtherActuatorEndpointIsClosed() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator"}) {
            assertThat(overHttp("ann", "GET", path).status()).as(path).isIn(403, 404);
            assertThat(overHttp(null, "GET", path).status()).as(path).isIn(401, 403, 404);
        }
    }

    static double metric(String scraped, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(scraped);
        assertThat(m.find()).as("metric %s in %s", name, scraped.length() > 500 ? scraped.substring(0, 500) : scraped)
                .isTrue();
        return Double.parseDouble(m.group(1));
    }
}
