package com.disputecenter.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@Configuration
class SecurityConfig {

    /**
     * Actuator: health is public (a load balancer asks it; details only for analysts and admins),
     * Prometheus metrics need an analyst's or admin's HTTP Basic login; nothing else is exposed.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health"),
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"))
                        .hasAnyRole("ANALYST", "ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Dispute Center\"");
                    problem(response, json, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic to read the metrics");
                }))
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
    SecurityFilterChain carrierWebhooks(HttpSecurity http, ObjectMapper json) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/carriers/*/webhook"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, json, HttpStatus.UNAUTHORIZED, "Wrong HTTP Basic credentials")))
                .anonymous(anonymous -> anonymous.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The REST API and the engine's REST API: HTTP Basic, stateless, answers in problem+json. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        // path matchers, not MVC ones: /engine-rest is the engine's own servlet, outside Spring MVC
        var engineRest = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"), engineRest))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(engineRest).hasAnyRole("ANALYST", "ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Dispute Center\"");
                    problem(response, json, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic to use the API");
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(response, json, HttpStatus.FORBIDDEN, "Your role may not use this endpoint")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic auth carries no ambient credentials a forged form could use
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Pages (and the Camunda webapps, analysts and admins only): form login with CSRF. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/error", "/css/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/preferences", "/webjars/**", "/js/**").permitAll()
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
                .formLogin(login -> login.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
