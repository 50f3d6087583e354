package com.disputecenter.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * One node of the application: the packaged jar, started as a child process on the postgres
 * profile, as an operator would run it. {@link #kill()} is SIGKILL (no shutdown hook runs).
 */
final class AppNode implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    private final String databaseUrl;
    private final List<String> extraArgs;
    private Process process;
    private Path log;

    AppNode(String name, int port, String databaseUrl, List<String> extraArgs) {
        this.name = name;
        this.port = port;
        this.databaseUrl = databaseUrl;
        this.extraArgs = extraArgs;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar `package` built just before the integration tests. */
    static Path jar() {
        Path dir = Path.of(System.getProperty("it.build.dir", "target"));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("dispute-center-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in " + dir + "; run mvn verify"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the node under this engine host name (it shows in the job log as HOSTNAME_). */
    AppNode start(String hostname) throws IOException {
        Path dir = Path.of(System.getProperty("it.build.dir", "target"), "nodes");
        Files.createDirectories(dir);
        log = dir.resolve(hostname + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--dispute-center.demo=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DB_URL", databaseUrl);
        builder.environment().put("DB_USER", System.getenv().getOrDefault("PGUSER", "postgres"));
        builder.environment().put("DISPUTE_CENTER_ADMIN_USERNAME", "opsadmin");
        builder.environment().put("DISPUTE_CENTER_ADMIN_PASSWORD", "opsadmin-password");
        process = builder.start();
        return this;
    }

    /** Waits until the load balancer would send this node traffic (readiness: up and its database answers). */
    AppNode awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (call(null, "GET", "/actuator/health/readiness", null).status() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready within " + timeout + ":\n" + tail());
    }

    void awaitLog(String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(name + " never logged '" + text + "':\n" + tail());
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: the node dies mid-whatever, holding its job locks. */
    void kill() throws InterruptedException {
        if (alive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    record Answer(int status, JsonNode body, String raw) {

        String text(String pointer) {
            return body.at(pointer).asText();
        }

        Answer expect(int expected) {
            assertThat(status).as("HTTP status, body: %s", raw).isEqualTo(expected);
            return this;
        }
    }

    Answer call(String user, String method, String path, Object body) throws IOException, InterruptedException {
        String content = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, content == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(content));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        JsonNode json = raw.isBlank() || !(raw.startsWith("{") || raw.startsWith("["))
                ? JSON.nullNode() : JSON.readTree(raw);
        return new Answer(response.statusCode(), json, raw);
    }

    /** As an analyst deploys from Camunda Modeler: POST /engine-rest/deployment/create. */
    void deploy(String user, String fileName, String content) throws IOException, InterruptedException {
        String boundary = "----dispute-center-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + fileName + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/xml\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
