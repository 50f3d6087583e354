package com.disputecenter.security;

import com.disputecenter.common.Caller;
import com.disputecenter.common.Role;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person or system that logs in; a seller user belongs to one seller account. */
public record DisputeCenterUser(String username, String password, Set<Role> roles, String sellerId, String language)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /**
     * The time zone pages show this user's times in until they choose another: the directory knows
     * only a language, and our Chinese-speaking users are sellers in mainland China.
     */
    public ZoneId zone() {
        return "zh".equals(language) ? ZoneId.of("Asia/Shanghai") : ZoneOffset.UTC;
    }

    public Caller caller() {
        return new Caller(username, roles, sellerId);
    }
}
