package com.disputecenter.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every login of the desk (HTTP Basic on the APIs, the login form of the pages): the throttle first,
 * then the password. A name nobody has takes the same path as a known name with a wrong password (the
 * password is compared with {@link Accounts#placeholderPassword()}, the failure is counted the same way,
 * the answer is the same), so neither the answer nor its timing tells whether a name exists.
 */
@Component
class ThrottledLogins implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final LoginThrottle throttle;

    ThrottledLogins(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(name -> {
            try {
                return accounts.loadUserByUsername(name);
            } catch (UsernameNotFoundException nobody) {
                return new Placeholder(accounts.placeholderPassword());
            }
        });
        dao.setPasswordEncoder(encoder);
        // a ProviderManager, as Spring Security's own: it erases the password from a successful login,
        // so no session keeps it
        this.passwords = new ProviderManager(dao);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        if (!(login instanceof UsernamePasswordAuthenticationToken)) {
            throw new BadCredentialsException("Bad credentials");
        }
        String name = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var wait = throttle.waitBefore(name, address);
        if (wait.isPresent()) {
            throw new TooManyLoginAttempts(wait.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(login);
        } catch (AuthenticationException refused) {
            throttle.failed(name, address);
            throw new BadCredentialsException("Bad credentials");
        }
        if (result.getPrincipal() instanceof Placeholder) {
            // the placeholder's hash is a real account's: even its password opens nothing under another name
            throttle.failed(name, address);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(name, address);
        return result;
    }

    /** Stands in for a name nobody has; never logs in. */
    private static final class Placeholder extends User {
        Placeholder(String password) {
            super("(nobody)", password, List.of());
        }
    }
}
