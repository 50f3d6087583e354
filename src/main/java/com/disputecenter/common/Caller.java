package com.disputecenter.common;

import java.util.Set;

/**
 * Who is calling a use case: the web adapters build it from the logged-in user, the process
 * adapters use {@link #system()}. Services decide with it; they never read a security context.
 *
 * @param sellerId the seller account a SELLER user belongs to, otherwise null
 */
public record Caller(String username, Set<Role> roles, String sellerId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller system() {
        return new Caller("system", Set.of(), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isArbitrator() {
        return has(Role.ARBITRATOR) || has(Role.SENIOR_ARBITRATOR);
    }

    /** Sees every case, but takes part in none. */
    public boolean isStaff() {
        return isArbitrator() || has(Role.ANALYST) || has(Role.ADMIN) || has(Role.INTEGRATION);
    }
}
