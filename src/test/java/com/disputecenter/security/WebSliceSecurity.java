package com.disputecenter.security;

import com.disputecenter.common.Role;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * What a {@code @WebMvcTest} of a REST controller needs besides the controller: the real API
 * security (HTTP Basic, problem+json for 401/403, the login throttle over failures in memory), the
 * {@code Caller} argument resolver, and a handful of the demo users (password = name) instead of the
 * {@link UserDirectory}.
 * The problem+json advice ({@code ApiProblemHandler}) is a controller advice, which the slice picks up itself.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, CallerArgumentResolver.class, ThrottledLogins.class})
public class WebSliceSecurity {

    private static final Map<String, DisputeCenterUser> USERS = Map.of(
            "bob", user("bob", Role.BUYER, null),
            "sam", user("sam", Role.SELLER, "S-1001"),
            "sue", user("sue", Role.SELLER, "S-2002"),
            "ada", user("ada", Role.ARBITRATOR, null),
            "ann", user("ann", Role.ANALYST, null),
            "market", user("market", Role.INTEGRATION, null));

    /** The caller a controller receives when this user logs in. */
    public static com.disputecenter.common.Caller caller(String name) {
        return USERS.get(name).caller();
    }

    /** The logged-in user itself, for page tests that log in with {@code user(...)} instead of HTTP Basic. */
    public static DisputeCenterUser user(String name) {
        return USERS.get(name);
    }

    private static DisputeCenterUser user(String name, Role role, String sellerId) {
        return new DisputeCenterUser(name, "{noop}" + name, Set.of(role), sellerId, "en");
    }

    @Bean
    Accounts demoUsers() {
        return new Accounts() {
            @Override
            public DisputeCenterUser loadUserByUsername(String name) {
                DisputeCenterUser user = USERS.get(name);
                if (user == null) {
                    throw new UsernameNotFoundException(name);
                }
                return user;
            }

            @Override
            public String placeholderPassword() {
                return "{noop}" + java.util.UUID.randomUUID();
            }
        };
    }

    /** The real throttle over failures kept in memory (the slices have no database). */
    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(new InMemoryLoginFailures(), java.time.Clock.systemUTC());
    }
}
