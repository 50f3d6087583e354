package com.disputecenter.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stopped and started while disputes are being opened, simulated by a TCP proxy in
 * front of it that the test cuts and restores: clean 503s with Retry-After during the outage,
 * nothing half-written, and the same running application serves again once the database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "dispute-center.demo=true",
        "spring.datasource.hikari.connection-timeout=1500",
        "spring.datasource.hikari.maximum-pool-size=4"})
// its database is dropped after the class: no later test may get this context from the cache
@DirtiesContext
class DatabaseOutageIT {

    private static final String DATABASE = ClusterDatabase.name("outage");
    private static DatabaseProxy proxy;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        ClusterDatabase.fresh(DATABASE);
        proxy = new DatabaseProxy("127.0.0.1", 5432);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE
                + "?connectTimeout=2&socketTimeout=30");
        registry.add("spring.datasource.username", ClusterDatabase::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        proxy.close();
        ClusterDatabase.drop(DATABASE);
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void whileTheDatabaseIsDownEveryRequestIsACleanRetryableServiceUnavailableAndTheAppRecoversWithoutARestart()
            throws Exception {
        assertThat(send("bob", "POST", "/api/disputes", openRequest("OUT-BEFORE")).statusCode()).isEqualTo(201);
        assertThat(send(null, "GET", "/actuator/health", null).statusCode()).isEqualTo(200);

        proxy.stop();
        List<String> duringOutage = List.of("OUT-" + UUID.randomUUID(), "OUT-" + UUID.randomUUID(),
                "OUT-" + UUID.randomUUID());
        for (String order : duringOutage) {
            HttpResponse<String> refused = send("bob", "POST", "/api/disputes", openRequest(order));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            JsonNode problem = json.readTree(refused.body());
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("detail").asText()).contains("database").doesNotContain("Exception", "jdbc");
        }
        assertThat(send("bob", "GET", "/api/disputes?size=5", null).statusCode()).isEqualTo(503);
        HttpResponse<String> health = send(null, "GET", "/actuator/health/readiness", null);
        assertThat(health.statusCode()).as("a load balancer takes the node out").isEqualTo(503);

        proxy.start();
        Instant deadline = Instant.now().plusSeconds(30);
        int status;
        do {
            Thread.sleep(500);
            status = send(null, "GET", "/actuator/health/readiness", null).statusCode();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).as("ready again without a restart").isEqualTo(200);

        // the client retries what it was told to retry: each order opens once
        for (String order : duringOutage) {
            HttpResponse<String> opened = send("bob", "POST", "/api/disputes", openRequest(order));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        }
        assertThat(JdbcClient.create(dataSource()).sql("select count(*) from dispute where order_id in (:orders)")
                .param("orders", duringOutage).query(Long.class).single()).isEqualTo(3);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private javax.sql.DataSource dataSource() {
        return dataSource;
    }

    private Map<String, Object> openRequest(String orderId) {
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("orderId", orderId);
        open.put("platform", "ALIEXPRESS");
        open.put("buyerId", "bob");
        open.put("sellerId", "S-1001");
        open.put("reason", "NOT_RECEIVED_NO_TRACKING");
        open.put("amount", Map.of("value", "20.00", "currency", "USD"));
        open.put("requestedResolution", "FULL_REFUND");
        open.put("description", "Never arrived");
        open.put("logisticsChannel", "PLATFORM");
        open.put("destinationCountry", "IT");
        open.put("language", "it");
        return open;
    }

    private HttpResponse<String> send(String user, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
