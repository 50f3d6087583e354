package com.disputecenter.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** {@link LoginFailures} in memory: one "database" that test nodes share, and counts of what was asked. */
final class InMemoryLoginFailures implements LoginFailures {

    record Failure(String userHash, String address, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();
    int statements;

    @Override
    public synchronized void add(String userHash, String address, Instant at) {
        statements++;
        failures.add(new Failure(userHash, address, at));
    }

    @Override
    public synchronized Optional<Instant> firstOfLatestByUser(String userHash, Instant since, int count) {
        return firstOfLatest(f -> f.userHash().equals(userHash), since, count);
    }

    @Override
    public synchronized Optional<Instant> firstOfLatestByAddress(String address, Instant since, int count) {
        return firstOfLatest(f -> f.address().equals(address), since, count);
    }

    private Optional<Instant> firstOfLatest(Predicate<Failure> of, Instant since, int count) {
        statements++;
        List<Instant> latest = failures.stream().filter(of).map(Failure::at).filter(at -> at.isAfter(since))
                .sorted(Comparator.reverseOrder()).toList();
        return latest.size() < count ? Optional.empty() : Optional.of(latest.get(count - 1));
    }

    @Override
    public synchronized void forgetUser(String userHash) {
        statements++;
        failures.removeIf(f -> f.userHash().equals(userHash));
    }

    @Override
    public synchronized void purgeBefore(Instant before) {
        statements++;
        failures.removeIf(f -> f.at().isBefore(before));
    }

    synchronized int size() {
        return failures.size();
    }

    synchronized List<Failure> all() {
        return List.copyOf(failures);
    }
}
