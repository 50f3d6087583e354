package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Login throttling (issue 9): after 10 failures in 5 minutes per user name and per client address,
 * 429 with Retry-After, on the API (HTTP Basic) and on the login page alike. Every client here comes from
 * its own documentation address (RFC 5737), so no other test's logins from 127.0.0.1 are throttled,
 * and the names locked out exist nowhere else.
 */
class LoginThrottleIT extends ApiTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private static String newAddress() {
        return "198.51.100." + NEXT_ADDRESS.getAndIncrement();
    }

    private static String newName() {
        return "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletResponse basic(String name, String password, String address) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/disputes").with(httpBasic(name, password)).with(from(address)))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse form(String name, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf())
                .with(from(address))).andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void tenFailedBasicLoginsOfANameMake429WithRetryAfterFromAnyAddress() throws Exception {
        String name = newName();
        for (int i = 0; i < 10; i++) {
            assertThat(basic(name, "guess-" + i, newAddress()).getStatus()).as("failure %s", i + 1).isEqualTo(401);
        }
        MockHttpServletResponse throttled = basic(name, "guess-10", newAddress());

        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.getHeader("Retry-After"))).isBetween(1L, 300L);
        assertThat(throttled.getContentType()).isEqualTo("application/problem+json");
        Answer problem = new Answer(429, json.readTree(throttled.getContentAsString()), throttled.getContentAsString());
        assertThat(problem.text("/code")).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(problem.text("/type")).isEqualTo("/problems/TOO_MANY_LOGIN_ATTEMPTS");
    }

    @Test
    void tenFailuresFromOneAddressThrottleEveryNameFromThereEvenWithTheRightPassword() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(basic(newName(), "x", address).getStatus()).isEqualTo(401);
        }
        assertThat(basic("bob", "bob", address).getStatus()).isEqualTo(429);
        assertThat(basic("bob", "bob", newAddress()).getStatus()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginResetsTheNamesFailures() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 9; i++) {
            assertThat(basic("sue", "wrong", address).getStatus()).isEqualTo(401);
        }
        assertThat(basic("sue", "sue", address).getStatus()).isEqualTo(200);
        for (int i = 0; i < 9; i++) {
            assertThat(basic("sue", "wrong", address).getStatus()).as("after the reset, failure %s", i + 1).isEqualTo(401);
        }
        assertThat(basic("sue", "sue", address).getStatus()).isEqualTo(200);
    }

    @Test
    void aKnownNameAndAnUnknownOneFailAlike() throws Exception {
        MockHttpServletResponse known = basic("ada", "wrong", newAddress());
        MockHttpServletResponse unknown = basic(newName(), "wrong", newAddress());

        assertThat(unknown.getStatus()).isEqualTo(known.getStatus()).isEqualTo(401);
        assertThat(unknown.getContentAsString()).isEqualTo(known.getContentAsString());
        assertThat(unknown.getHeaderNames()).containsExactlyInAnyOrderElementsOf(known.getHeaderNames());
        assertThat(unknown.getHeader("WWW-Authenticate")).isEqualTo(known.getHeader("WWW-Authenticate"));
        assertThat(form("ada", "wrong", newAddress()).getRedirectedUrl())
                .isEqualTo(form(newName(), "wrong", newAddress()).getRedirectedUrl()).isEqualTo("/login?error");
    }

    /** Over real HTTP, so the forward to the page really happens; the client address comes as a proxy forwards it. */
    @Test
    void theLoginFormIsThrottledTooWithAMessageOnThePage() throws Exception {
        String name = newName();
        String address = newAddress();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as(page).isTrue();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=guess&_csrf=" + token.group(1)))
                .build();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> failed = browser.send(login, HttpResponse.BodyHandlers.ofString());
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> throttled = browser.send(login, HttpResponse.BodyHandlers.ofString());

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
        assertThat(throttled.body()).contains("id=\"login-throttled\"", "Try again in 5 minutes", "id=\"login-form\"");
        // the same address logging in through the API is throttled too
        assertThat(basic("bob", "bob", address).getStatus()).isEqualTo(429);
    }
}
