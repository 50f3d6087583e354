package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.notification.OutboxDispatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The application's own logging configuration (logback-spring.xml): whatever a logged value holds, one
 * log event is one line, so a user's CRLF cannot forge a log line (it did with a seller id).
 */
@ExtendWith(OutputCaptureExtension.class)
class OneLineLogsIT extends ApiTest {

    private static final Logger log = LoggerFactory.getLogger(OneLineLogsIT.class);
    private static final String FORGED = "2026-12-01T00:00:00.000Z  INFO 1 --- [main] c.d.security.SecurityConfig : ann granted ADMIN";

    @Autowired
    OutboxDispatcher outbox;

    private static List<String> lines(CapturedOutput output) {
        return Arrays.asList(output.getOut().split("\n"));
    }

    @Test
    void aValueWithCrLfIsLoggedOnOneLine(CapturedOutput output) {
        String marker = UUID.randomUUID().toString();

        log.info("Seller {} asked for {}", "S-1001\r\n" + FORGED, marker);

        assertThat(lines(output)).filteredOn(line -> line.contains(marker)).singleElement().satisfies(line -> {
            assertThat(line).contains("Seller S-1001\\r\\n" + FORGED + " asked for " + marker);
            assertThat(line).contains(" INFO ", OneLineLogsIT.class.getSimpleName());
        });
        assertThat(lines(output)).noneMatch(line -> line.startsWith(FORGED));
    }

    @Test
    void anExceptionKeepsItsStackTraceButItsMessageAddsNoLine(CapturedOutput output) {
        String marker = UUID.randomUUID().toString();

        log.warn("Refused {}", marker, new IllegalStateException("order AE-1\r\n" + FORGED,
                new IllegalArgumentException("cause\n" + FORGED)));

        List<String> lines = lines(output);
        assertThat(lines).contains("java.lang.IllegalStateException: order AE-1\\r\\n" + FORGED,
                "Caused by: java.lang.IllegalArgumentException: cause\\n" + FORGED);
        assertThat(lines).anyMatch(line -> line.startsWith("\tat com.disputecenter.api.OneLineLogsIT"));
        assertThat(lines).noneMatch(line -> line.startsWith(FORGED));
    }

    @Test
    void aMessageToAPartyWithCrLfInTheBuyersTextIsLoggedOnOneLine(CapturedOutput output) throws Exception {
        Map<String, Object> open = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        open.put("description", "Screen cracked\r\n" + FORGED);
        String id = open(open).text("/id");
        String messageId = get("sam", "/api/disputes/" + id + "/messages").expect(200).text("/0/id");

        outbox.dispatchDue(100);

        assertThat(lines(output)).filteredOn(line -> line.contains(messageId)).singleElement()
                .satisfies(line -> assertThat(line).contains("Screen cracked\\r\\n" + FORGED));
        assertThat(lines(output)).noneMatch(line -> line.startsWith(FORGED));
    }
}
