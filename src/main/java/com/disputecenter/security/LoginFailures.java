package com.disputecenter.security;

import java.time.Instant;
import java.util.Optional;

/**
 * The failed logins every node of the desk shares (see {@link LoginThrottle}). A user name is known
 * here only by its hash; an address is a client address as {@link LoginThrottle} keys it.
 */
interface LoginFailures {

    void add(String userHash, String address, Instant at);

    /** When the latest {@code count} failures of this user name since then began; empty while there are fewer. */
    Optional<Instant> firstOfLatestByUser(String userHash, Instant since, int count);

    /** The same for a client address, whatever names were tried from it. */
    Optional<Instant> firstOfLatestByAddress(String address, Instant since, int count);

    /** A successful login: the name's failures no longer count, from any address. */
    void forgetUser(String userHash);

    void purgeBefore(Instant before);
}
