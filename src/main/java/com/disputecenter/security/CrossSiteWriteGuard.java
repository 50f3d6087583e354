package com.disputecenter.security;

import com.disputecenter.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No cross-site writes on the REST APIs. A browser sends cached HTTP Basic credentials with a request
 * another site makes it send, and without asking first (no CORS preflight) when the request is "simple":
 * a form (urlencoded, multipart, text/plain) or a bodiless POST. So a state-changing request to
 * {@code /api/**} or {@code /engine-rest/**}
 * <ul>
 * <li>is refused (403) when the browser says another site sent it: an {@code Origin} that is not the
 * desk's own (scheme, host and port as the request reached it, behind a proxy as the proxy forwarded it;
 * {@code null} too), or {@code Sec-Fetch-Site} {@code cross-site} or {@code same-site}. Same-site is
 * refused as well: a sibling host under the same domain is another application, not the desk;</li>
 * <li>carries {@code application/json} (or a {@code +json} type), or multipart only where the contract
 * takes multipart ({@link #MULTIPART}), or no body at all; anything else is 415. No browser can send
 * JSON to another site without a preflight, which the desk never answers.</li>
 * </ul>
 * Carrier webhooks are posted by carriers' servers, which send JSON and none of the browser headers;
 * they get the same rules. The Camunda webapps ({@code /camunda/**}) and the pages have their own
 * CSRF tokens and are not touched here.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
class CrossSiteWriteGuard extends OncePerRequestFilter {

    private static final RequestMatcher GUARDED = new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"));

    /**
     * Where the contract (API.md, the engine's REST API) takes multipart/form-data; the one place to add
     * an endpoint (POST /api/disputes/{id}/messages is multipart too once it exists).
     */
    static final RequestMatcher MULTIPART = new OrRequestMatcher(
            post("/api/disputes"),
            post("/api/disputes/{id}/evidence"),
            post("/api/disputes/{id}/messages"),
            // the engine's REST API, also under a named engine (/engine-rest/engine/{name}/...)
            post("/engine-rest/deployment/create"),
            post("/engine-rest/engine/{engine}/deployment/create"),
            post("/engine-rest/{resource}/{id}/variables/{name}/data"),
            post("/engine-rest/{resource}/{id}/localVariables/{name}/data"),
            post("/engine-rest/engine/{engine}/{resource}/{id}/variables/{name}/data"),
            post("/engine-rest/engine/{engine}/{resource}/{id}/localVariables/{name}/data"),
            post("/engine-rest/task/{id}/attachment/create"),
            post("/engine-rest/engine/{engine}/task/{id}/attachment/create"));

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> OTHER_SITES = List.of("cross-site", "same-site");

    private final ObjectMapper json;

    CrossSiteWriteGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !GUARDED.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, Problems.CROSS_SITE_REQUEST,
                    "The desk takes no writes that another site's page sends"));
            return;
        }
        if (!acceptedBody(request)) {
            Problems.write(response, json, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.UNSUPPORTED_MEDIA_TYPE,
                    MULTIPART.matches(request) ? "Send application/json or multipart/form-data"
                            : "Send application/json (Content-Type: application/json)"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && OTHER_SITES.contains(site.trim().toLowerCase())
                // CorsUtils compares the Origin with the request's own scheme, host and port ("null" never matches)
                || request.getHeader("Origin") != null && CorsUtils.isCorsRequest(request);
    }

    private static boolean acceptedBody(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || type.isBlank()) {
            return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
        }
        MediaType media;
        try {
            media = MediaType.parseMediaType(type);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(media)
                || "application".equals(media.getType()) && media.getSubtype().endsWith("+json")
                || MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(media) && MULTIPART.matches(request);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher post(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
    }
}
