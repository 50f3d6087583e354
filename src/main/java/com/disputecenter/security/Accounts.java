package com.disputecenter.security;

import org.springframework.security.core.userdetails.UserDetailsService;

/** Who may log in ({@link UserDirectory}), and what a name that may not is checked against. */
interface Accounts extends UserDetailsService {

    /**
     * A stored password hash of the scheme the accounts' own hashes use, checked against the password
     * given with a name nobody has: a failure then runs the same comparison, whether the name exists or not.
     */
    String placeholderPassword();
}
