package com.disputecenter.security;

import com.disputecenter.common.Role;
import com.disputecenter.notification.RecipientDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users who may log in: the administrator from configuration, and on the embedded default (or
 * with {@code dispute-center.demo=true}) the demo users of API.md, whose password is their name.
 */
@Component
public class UserDirectory implements Accounts, RecipientDirectory {

    private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

    private final Map<String, DisputeCenterUser> users = new LinkedHashMap<>();
    private final boolean demo;
    private final String placeholderPassword;

    UserDirectory(DisputeCenterProperties properties, Environment environment) {
        this.demo = properties.demo() != null ? properties.demo()
                : environment.getProperty("spring.datasource.url", "jdbc:h2:").startsWith("jdbc:h2:");
        if (demo) {
            demoUser("bob", Set.of(Role.BUYER), null, "en");
            demoUser("sam", Set.of(Role.SELLER), "S-1001", "zh");
            demoUser("sue", Set.of(Role.SELLER), "S-2002", "zh");
            demoUser("ada", Set.of(Role.ARBITRATOR), null, "en");
            demoUser("sen", Set.of(Role.SENIOR_ARBITRATOR, Role.ARBITRATOR), null, "en");
            demoUser("ann", Set.of(Role.ANALYST, Role.ADMIN), null, "en");
            demoUser("market", Set.of(Role.INTEGRATION), null, "en");
        }
        DisputeCenterProperties.Admin admin = properties.admin();
        if (admin != null && admin.username() != null && !admin.username().isBlank()
                && admin.password() != null && !admin.password().isBlank()) {
            String hashed = admin.password().startsWith("{") ? admin.password() : "{noop}" + admin.password();
            users.putIfAbsent(admin.username(), new DisputeCenterUser(admin.username(), hashed,
                    Set.of(Role.ADMIN, Role.ANALYST), null, "en"));
        }
        if (users.isEmpty()) {
            throw new IllegalStateException("No user could log in: set dispute-center.admin.username and"
                    + " dispute-center.admin.password (DISPUTE_CENTER_ADMIN_USERNAME / _PASSWORD), or"
                    + " dispute-center.demo=true for the demo users");
        }
        // the administrator's hash where there is one: the account every deployment has sets the cost of a check
        placeholderPassword = (admin != null && users.containsKey(admin.username()) ? users.get(admin.username())
                : users.values().iterator().next()).getPassword();
        log.info("Users who may log in: {}{}", users.keySet(), demo ? " (demo users; password = user name)" : "");
    }

    private void demoUser(String name, Set<Role> roles, String sellerId, String language) {
        // demo passwords are public (API.md), so hashing them would only slow every request down
        users.put(name, new DisputeCenterUser(name, "{noop}" + name, roles, sellerId, language));
    }

    public boolean demo() {
        return demo;
    }

    /** The roles of a user who may log in; empty for anyone else. */
    public Set<Role> rolesOf(String username) {
        DisputeCenterUser user = username == null ? null : users.get(username);
        return user == null ? Set.of() : user.caller().roles();
    }

    @Override
    public Optional<String> languageOfUser(String username) {
        return Optional.ofNullable(users.get(username)).map(DisputeCenterUser::language);
    }

    /** The language of the account's first user: a seller account's staff share one language here. */
    @Override
    public Optional<String> languageOfSeller(String sellerId) {
        return users.values().stream().filter(u -> sellerId != null && sellerId.equals(u.sellerId()))
                .map(DisputeCenterUser::language).findFirst();
    }

    @Override
    public String placeholderPassword() {
        return placeholderPassword;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DisputeCenterUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException(username);
        }
        return user;
    }
}
