package com.disputecenter.security;

import com.disputecenter.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@Configuration
@EnableConfigurationProperties({BodyLimits.class, MultipartProperties.class})
class SecurityConfig {

    /**
     * Actuator: health is public (a load balancer asks it; details only for analysts and admins),
     * Prometheus metrics need an analyst's or admin's HTTP Basic login; nothing else is exposed.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json, ThrottledLogins logins) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health"),
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"))
                        .hasAnyRole("ANALYST", "ADMIN")
                        .anyRequest().denyAll())
                .authenticationManager(logins)
                .httpBasic(basic -> basic.authenticationEntryPoint(basicLogin(json, true, "Log in with HTTP Basic to read the metrics")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(response, json, HttpStatus.FORBIDDEN, "Your role may not read the metrics")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Carrier webhooks: a carrier proves itself with its signature, which the webhook checks on the raw
     * body; the marketplace integration may still use HTTP Basic. Stateless, no CSRF (no cookies).
     */
    @Bean
    @Order(0)
    SecurityFilterChain carrierWebhooks(HttpSecurity http, ObjectMapper json, ThrottledLogins logins) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/carriers/*/webhook"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .authenticationManager(logins)
                .httpBasic(basic -> basic.authenticationEntryPoint(basicLogin(json, false, "Wrong HTTP Basic credentials")))
                .anonymous(anonymous -> anonymous.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The REST API and the engine's REST API: HTTP Basic, stateless, answers in problem+json. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, ThrottledLogins logins) throws Exception {
        // path matchers, not MVC ones: /engine-rest is the engine's own servlet, outside Spring MVC
        var engineRest = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"), engineRest))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(engineRest).hasAnyRole("ANALYST", "ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(logins)
                .httpBasic(basic -> basic.authenticationEntryPoint(basicLogin(json, true, "Log in with HTTP Basic to use the API")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(response, json, HttpStatus.FORBIDDEN, "Your role may not use this endpoint")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session, so no CSRF token: CrossSiteWriteGuard refuses the writes another site's page sends
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Pages (and the Camunda webapps, analysts and admins only): form login with CSRF. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ThrottledLogins logins) throws Exception {
        http.authenticationManager(logins)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/error", "/css/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/login/throttled", "/preferences", "/webjars/**", "/js/**").permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                        .hasAnyRole("ANALYST", "ADMIN")
                        .requestMatchers("/arbitration/**").hasAnyRole("ARBITRATOR", "SENIOR_ARBITRATOR")
                        .requestMatchers("/processes/**").hasAnyRole("ANALYST", "ADMIN")
                        .requestMatchers("/sellers/risk/**").hasAnyRole("SELLER", "ANALYST", "ADMIN", "INTEGRATION")
                        .requestMatchers("/analytics/**").hasAnyRole("SELLER", "ANALYST", "ADMIN")
                        .anyRequest().authenticated())
                // the Camunda webapps guard their own posts (XSRF-TOKEN cookie and header); ours would refuse their login
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")))
                // our login page in the site's layout; a refused page renders templates/error/403.html
                .formLogin(login -> login.loginPage("/login").failureHandler(PageSecurity::loginFailed).permitAll())
                .headers(PageSecurity::headers)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** HTTP Basic refused: 401, or 429 with Retry-After while the name or address is throttled ({@link LoginThrottle}). */
    private static AuthenticationEntryPoint basicLogin(ObjectMapper json, boolean challenge, String detail) {
        return (request, response, e) -> {
            if (e instanceof TooManyLoginAttempts tooMany) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
                Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_LOGIN_ATTEMPTS,
                        tooMany.getMessage()));
                return;
            }
            if (challenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Dispute Center\"");
            }
            problem(response, json, HttpStatus.UNAUTHORIZED, detail);
        };
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        Problems.write(response, json, ProblemDetail.forStatusAndDetail(status, detail));
    }
}
