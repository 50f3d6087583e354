package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live defect 3 of issue 9: three 300 MB posts to a carrier webhook, unauthenticated, ran the JVM out
 * of heap. Every body is capped before it is read: by its Content-Length, and while it streams when it
 * has none. The test streams the bodies from one small buffer over a raw socket, so it never holds one.
 */
class BodyLimitsIT extends ApiTest {

    @Autowired
    RepositoryService repository;

    private static final long HUGE = 300L * 1024 * 1024;
    /** Spaces: valid JSON whitespace, so a JSON reader keeps reading until the cap stops it. */
    private static final byte[] CHUNK = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    /** The start of a deployment, so the engine's multipart reader keeps reading its one file. */
    private static final String DEPLOYMENT = "--x\r\nContent-Disposition: form-data; name=\"data\"; filename=\"big.bpmn\"\r\n"
            + "Content-Type: application/xml\r\n\r\n";

    /** What the server answered, and how much of the body the client managed to send before it did. */
    private record Outcome(int status, String head, String body, long sent) {
    }

    /**
     * Sends the headers, then streams up to {@code length} bytes of body (chunked when {@code declared}
     * is false) while reading the answer at the same time; stops writing when the server stops reading.
     */
    private Outcome post(String path, String user, String type, long length, boolean declared) throws Exception {
        return post(path, user, type, "", length, declared);
    }

    private Outcome post(String path, String user, String type, String start, long length, boolean declared)
            throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: " + type + "\r\n"
                    + (user == null ? "" : "Authorization: Basic "
                            + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()) + "\r\n")
                    + (declared ? "Content-Length: " + length : "Transfer-Encoding: chunked") + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (!start.isEmpty()) {
                byte[] first = start.getBytes(StandardCharsets.US_ASCII);
                out.write(declared ? first : framed(first));
            }
            out.flush();
            AtomicLong sent = new AtomicLong(start.length());
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    while (sent.get() < length) {
                        int n = (int) Math.min(CHUNK.length, length - sent.get());
                        if (!declared) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(CHUNK, 0, n);
                        if (!declared) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(n);
                    }
                    if (!declared) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the server answered and closed the connection: exactly what is expected
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            StringBuilder headers = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.append(line.toLowerCase()).append('\n');
            }
            // the server closes the connection after its answer: read to the end (or to its reset)
            StringBuilder rest = new StringBuilder();
            try {
                char[] buffer = new char[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    rest.append(buffer, 0, n);
                }
            } catch (IOException reset) {
                // what arrived before the reset is the answer
            }
            String body = headers.indexOf("transfer-encoding: chunked") >= 0 ? dechunked(rest.toString()) : rest.toString();
            socket.shutdownInput();
            socket.close();
            writer.get(30, TimeUnit.SECONDS);
            return new Outcome(Integer.parseInt(status.split(" ")[1]), headers.toString(), body, sent.get());
        }
    }

    private static byte[] framed(byte[] chunk) {
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = new byte[size.length + chunk.length + 2];
        System.arraycopy(size, 0, framed, 0, size.length);
        System.arraycopy(chunk, 0, framed, size.length, chunk.length);
        framed[framed.length - 2] = '\r';
        framed[framed.length - 1] = '\n';
        return framed;
    }

    private static String dechunked(String raw) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < raw.length()) {
            int eol = raw.indexOf("\r\n", at);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(raw.substring(at, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(raw, eol + 2, Math.min(raw.length(), eol + 2 + size));
            at = eol + 2 + size + 2;
        }
        return body.toString();
    }

    private void assertTooLarge(Outcome outcome) throws Exception {
        assertThat(outcome.status()).as(outcome.head() + outcome.body()).isEqualTo(413);
        assertThat(json.readTree(outcome.body()).at("/code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void anUnauthenticatedWebhookAnnouncing300MegabytesIs413BeforeItsBodyIsRead() throws Exception {
        Outcome refused = post("/api/carriers/ups/webhook", null, "application/json", HUGE, true);

        assertTooLarge(refused);
        assertThat(refused.head()).contains("connection: close");
        assertThat(refused.sent()).as("bytes the server let the client send").isLessThan(HUGE / 10);
    }

    @Test
    void aChunkedWebhookWithoutContentLengthIsCutOffAtOneMegabyte() throws Exception {
        Outcome refused = post("/api/carriers/ups/webhook", null, "application/json", HUGE, false);

        assertTooLarge(refused);
        // 1 MB read, what the container swallows after the answer, and the sockets' buffers; not 300 MB
        assertThat(refused.sent()).isLessThan(HUGE / 10);
    }

    @Test
    void aJsonBodyOverOneMegabyteIs413DeclaredOrStreamed() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        long justOver = 1024 * 1024 + 1;
        assertTooLarge(post("/api/disputes/" + id + "/proposals", "sam", "application/json", justOver, true));
        // streamed, Jackson is reading it when the cap cuts it off
        Outcome streamed = post("/api/disputes/" + id + "/proposals", "sam", "application/json", "{\"note\": \"",
                4 * justOver, false);
        assertTooLarge(streamed);
        assertThat(dispute("sam", id).at("/proposals")).hasSize(1);
    }

    @Test
    void aDeploymentToTheEngineOverTenMegabytesIs413DeclaredOrStreamed() throws Exception {
        long deployments = repositoryCount();
        String type = "multipart/form-data; boundary=x";
        assertTooLarge(post("/engine-rest/deployment/create", "ann", type, 10L * 1024 * 1024 + 1, true));
        Outcome streamed = post("/engine-rest/deployment/create", "ann", type, DEPLOYMENT, 40L * 1024 * 1024, false);
        assertTooLarge(streamed);
        assertThat(repositoryCount()).isEqualTo(deployments);
    }

    @Test
    void anUploadOverTheMultipartLimitIs413BeforeItIsRead() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        Outcome refused = post("/api/disputes/" + id + "/evidence", "bob", "multipart/form-data; boundary=x", HUGE, true);
        assertTooLarge(refused);
        assertThat(refused.sent()).isLessThan(HUGE / 10);
    }

    @Test
    void aPageFormOverOneMegabyteIs413() throws Exception {
        Outcome refused = post("/login", null, "application/x-www-form-urlencoded", 1024 * 1024 + 1, true);
        assertThat(refused.status()).isEqualTo(413);
    }

    private long repositoryCount() {
        return repository.createDeploymentQuery().count();
    }
}
