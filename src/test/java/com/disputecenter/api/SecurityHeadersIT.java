package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every page answer carries (issue 9, sessions and headers), over real HTTP so the container's own
 * parts (the proxy headers, the session cookie) take part: the Content-Security-Policy without inline
 * scripts, Referrer-Policy, nosniff; behind a TLS proxy https redirects, a Secure session cookie and HSTS.
 */
class SecurityHeadersIT extends ApiTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> fetch(String path, String user, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()));
        }
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryAPolicyWithoutInlineScriptsAndTheReferrerAndSniffingHeaders() throws Exception {
        HttpHeaders login = fetch("/login", null, Map.of()).headers();

        assertThat(login.allValues("Content-Security-Policy")).containsExactly(POLICY);
        assertThat(login.firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(login.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.firstValue("X-Frame-Options")).hasValue("DENY");
        // plain http: no HSTS, which a browser would ignore anyway
        assertThat(login.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theProcessPageAllowsTheInlineStylesOfItsDiagramViewerButStillNoInlineScript() throws Exception {
        // a page that needs a login answers with its policy on the redirect to the login already
        String policy = fetch("/processes", null, Map.of()).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'");
    }

    @Test
    void theCamundaWebappsKeepTheirOwnPolicyAlone() throws Exception {
        // Cockpit's entry page for an analyst logged in with the desk's session (see PageScriptsBrowserIT for the page itself)
        HttpHeaders cockpit = fetch("/camunda/app/cockpit/default/", null, Map.of()).headers();
        assertThat(cockpit.allValues("Content-Security-Policy")).noneMatch(POLICY::equals);
    }

    @Test
    void behindATlsProxyRedirectsAreHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        Map<String, String> proxied = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "desk.example",
                "X-Forwarded-For", "203.0.113.99");

        HttpResponse<String> redirect = fetch("/arbitration", null, proxied);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").endsWith("/login"));

        HttpHeaders login = fetch("/login", null, proxied).headers();
        assertThat(login.firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookie(login)).contains("Secure", "HttpOnly", "SameSite=Lax");

        String plain = sessionCookie(fetch("/login", null, Map.of()).headers());
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    private static String sessionCookie(HttpHeaders headers) {
        List<String> cookies = headers.allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        assertThat(fetch("/error", null, Map.of()).statusCode()).isEqualTo(404);
        assertThat(fetch("/error", "bob", Map.of("Accept", "application/json")).statusCode()).isEqualTo(404);
        HttpResponse<String> page = fetch("/error", null, Map.of("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html");
    }
}
