package com.disputecenter.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which writes reach the API: the desk's own origin, non-browser clients, JSON or the contract's multipart. */
class CrossSiteWriteGuardTest {

    private final CrossSiteWriteGuard guard = new CrossSiteWriteGuard(new ObjectMapper());

    static Stream<Arguments> requests() {
        String json = "application/json";
        return Stream.of(
                // method, path, content type, body, headers, expected status (200: passed on)
                Arguments.of("POST", "/api/disputes/d/escalate", json, "{}", Map.of(), 200),
                Arguments.of("POST", "/api/disputes/d/escalate", null, null, Map.of(), 200),
                Arguments.of("POST", "/api/disputes/d/escalate", "application/json; charset=UTF-8", "{}", Map.of(), 200),
                Arguments.of("PUT", "/api/orders/AMAZON/1", "application/merge-patch+json", "{}", Map.of(), 200),
                Arguments.of("POST", "/api/disputes/d/escalate", json, "{}",
                        Map.of("Origin", "https://desk.example", "Sec-Fetch-Site", "same-origin"), 200),
                Arguments.of("POST", "/api/disputes/d/escalate", json, "{}", Map.of("Sec-Fetch-Site", "none"), 200),
                Arguments.of("POST", "/api/disputes/d/escalate", json, "{}", Map.of("Origin", "https://desk.example:8443"), 403),
                Arguments.of("POST", "/api/disputes/d/escalate", json, "{}", Map.of("Origin", "http://desk.example"), 403),
                Arguments.of("POST", "/api/disputes/d/escalate", json, "{}", Map.of("Origin", "https://evil.example"), 403),
                Arguments.of("POST", "/api/disputes/d/escalate", json, "{}", Map.of("Origin", "null"), 403),
                Arguments.of("DELETE", "/api/webhooks/w", null, null, Map.of("Sec-Fetch-Site", "same-site"), 403),
                Arguments.of("PATCH", "/engine-rest/job/j/retries", json, "{}", Map.of("Sec-Fetch-Site", "cross-site"), 403),
                Arguments.of("POST", "/api/disputes/d/escalate", "text/plain", "{}", Map.of(), 415),
                Arguments.of("POST", "/api/disputes/d/escalate", "application/x-www-form-urlencoded", "a=b", Map.of(), 415),
                Arguments.of("POST", "/api/disputes/d/escalate", null, "{}", Map.of(), 415),
                Arguments.of("POST", "/api/disputes/d/escalate", "not a type", "{}", Map.of(), 415),
                Arguments.of("POST", "/api/disputes/d/escalate", "multipart/form-data; boundary=x", "--x--", Map.of(), 415),
                Arguments.of("POST", "/api/disputes", "multipart/form-data; boundary=x", "--x--", Map.of(), 200),
                Arguments.of("POST", "/api/disputes/d/evidence", "multipart/form-data; boundary=x", "--x--", Map.of(), 200),
                Arguments.of("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=x", "--x--", Map.of(), 200),
                Arguments.of("POST", "/engine-rest/engine/default/deployment/create", "multipart/form-data; boundary=x",
                        "--x--", Map.of(), 200),
                Arguments.of("POST", "/engine-rest/process-instance/p/variables/v/data", "multipart/form-data; boundary=x",
                        "--x--", Map.of(), 200),
                Arguments.of("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=x", "--x--",
                        Map.of("Origin", "https://evil.example"), 403),
                // reads, the pages and Camunda's webapps are not this guard's
                Arguments.of("GET", "/api/disputes", null, null, Map.of("Sec-Fetch-Site", "cross-site"), 200),
                Arguments.of("POST", "/disputes/d/escalate", "application/x-www-form-urlencoded", "a=b",
                        Map.of("Origin", "https://evil.example"), 200),
                Arguments.of("POST", "/camunda/api/admin/auth/user/default/login/cockpit",
                        "application/x-www-form-urlencoded", "a=b", Map.of(), 200));
    }

    @ParameterizedTest(name = "{0} {1} {2} {4}: {5}")
    @MethodSource("requests")
    void writesFromAnotherSiteOrWithoutJsonAreRefused(String method, String path, String type, String body,
            Map<String, String> headers, int expected) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setScheme("https");
        request.setServerName("desk.example");
        request.setServerPort(443);
        if (type != null) {
            request.setContentType(type);
        }
        if (body != null) {
            request.setContent(body.getBytes());
        }
        headers.forEach(request::addHeader);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        guard.doFilter(request, response, chain);

        assertThat(chain.getRequest() == null ? response.getStatus() : 200).isEqualTo(expected);
        if (expected != 200) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).contains(expected == 403 ? "CROSS_SITE_REQUEST" : "UNSUPPORTED_MEDIA_TYPE");
        }
    }
}
