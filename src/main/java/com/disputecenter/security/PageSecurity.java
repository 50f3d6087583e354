package com.disputecenter.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** What the pages' filter chain adds to Spring Security's defaults: the headers, and a throttled login. */
final class PageSecurity {

    /**
     * Scripts only from our own files (no inline script, no eval), nothing embeds a page, no plugins.
     * Chart.js draws on a canvas and needs nothing more.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The process page: bpmn-js builds its overlays and its logo from HTML with style attributes and
     * shows the logo as a data: image. Inline styles there, still no inline script.
     */
    static final String PROCESS_PAGE_POLICY = POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';")
            .replace("img-src 'self';", "img-src 'self' data:;");

    private static final RequestMatcher CAMUNDA = PathPatternRequestMatcher.withDefaults().matcher("/camunda/**");
    private static final RequestMatcher PROCESS_PAGES = PathPatternRequestMatcher.withDefaults().matcher("/processes/**");
    private static final String THROTTLED = "/login/throttled";

    private PageSecurity() {
    }

    /**
     * The Camunda webapps send their own Content-Security-Policy (with the nonces their pages need);
     * a second policy of ours would be enforced on top and break them, so they keep theirs alone.
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new AndRequestMatcher(new NegatedRequestMatcher(CAMUNDA), new NegatedRequestMatcher(PROCESS_PAGES)),
                        new ContentSecurityPolicyHeaderWriter(POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PROCESS_PAGES,
                        new ContentSecurityPolicyHeaderWriter(PROCESS_PAGE_POLICY)));
    }

    /** A wrong password goes back to the form as before; a throttled login gets 429 and the form with the wait. */
    static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (e instanceof TooManyLoginAttempts tooMany) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
            request.setAttribute("throttledMinutes", (tooMany.retryAfterSeconds() + 59) / 60);
            request.getRequestDispatcher(THROTTLED).forward(request, response);
            return;
        }
        new SimpleUrlAuthenticationFailureHandler("/login?error").onAuthenticationFailure(request, response, e);
    }
}
