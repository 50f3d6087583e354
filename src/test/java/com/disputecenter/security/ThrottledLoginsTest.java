package com.disputecenter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A failed login takes the same path whether its name exists or not: one password comparison against a
 * hash of the same scheme, one failure counted, the same refusal. Measured by the path, not by a stopwatch.
 */
class ThrottledLoginsTest {

    /** Every password comparison: the stored hash it was made against. */
    private final List<String> compared = new ArrayList<>();
    private final PasswordEncoder encoder = new PasswordEncoder() {
        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            compared.add(encoded);
            return real.matches(raw, encoded);
        }
    };
    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
    private final UserDirectory directory = new UserDirectory(
            new DisputeCenterProperties(true, new DisputeCenterProperties.Admin("admin", "s3cret-admin-password")),
            new MockEnvironment());
    private final ThrottledLogins logins = new ThrottledLogins(directory, encoder,
            new LoginThrottle(failures, Clock.systemUTC()));

    private static Authentication login(String name, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private record Path(List<String> schemes, int failuresCounted, String refusal) {
    }

    private Path failedLogin(String name, String address) {
        compared.clear();
        int before = failures.size();
        var refused = catchThrowableOfType(BadCredentialsException.class,
                () -> logins.authenticate(login(name, "wrong-password", address)));
        List<String> schemes = compared.stream().map(hash -> hash.substring(0, hash.indexOf('}') + 1)).toList();
        return new Path(schemes, failures.size() - before, refused.getMessage());
    }

    @Test
    void aNameNobodyHasFailsAlongTheSamePathAsAKnownNameWithAWrongPassword() {
        Path known = failedLogin("admin", "203.0.113.1");
        Path unknown = failedLogin("no-such-user", "203.0.113.2");

        assertThat(known.schemes()).containsExactly("{noop}");
        assertThat(unknown).isEqualTo(known);
        assertThat(failedLogin("sam", "203.0.113.3")).isEqualTo(known);
    }

    @Test
    void thePlaceholderOpensNothingEvenWithTheAccountPasswordItsHashComesFrom() {
        var refused = catchThrowableOfType(BadCredentialsException.class,
                () -> logins.authenticate(login("no-such-user", "s3cret-admin-password", "203.0.113.4")));
        assertThat(refused).hasMessage("Bad credentials");
        assertThat(failures.size()).isEqualTo(1);
        assertThat(logins.authenticate(login("admin", "s3cret-admin-password", "203.0.113.4")).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginKeepsNoPasswordInTheAuthenticationASessionWouldStore() {
        Authentication in = logins.authenticate(login("sam", "sam", "203.0.113.5"));
        assertThat(in.isAuthenticated()).isTrue();
        assertThat(in.getCredentials()).isNull();
        assertThat(directory.loadUserByUsername("sam").getPassword()).as("the account itself is untouched").isEqualTo("{noop}sam");
    }

    @Test
    void aThrottledNameIsRefusedBeforeAnyPasswordIsCompared() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            failedLogin("no-such-user-2", "203.0.113." + (10 + i));
        }
        compared.clear();
        var throttled = catchThrowableOfType(TooManyLoginAttempts.class,
                () -> logins.authenticate(login("no-such-user-2", "whatever", "198.51.100.1")));
        assertThat(throttled.retryAfterSeconds()).isBetween(1L, 300L);
        assertThat(compared).as("no password comparison while throttled").isEmpty();
    }
}
