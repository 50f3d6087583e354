package com.disputecenter.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts statements (a JDBC batch of n counts n) and round trips (a batch counts once); while
 * tracing, also by verb and table, to show where a lifecycle's statements go.
 */
final class SqlCounter implements QueryExecutionListener {

    private static final Pattern TABLE = Pattern.compile(
            "^\\s*(select|insert|update|delete)\\b.*?\\b(?:from|into|update)\\s+([a-z_0-9]+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UPDATE = Pattern.compile("^\\s*update\\s+([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);

    private final LongAdder statements = new LongAdder();
    private final LongAdder roundTrips = new LongAdder();
    private volatile Map<String, LongAdder> trace;

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        roundTrips.increment();
        statements.add(execInfo.isBatch() ? Math.max(1, execInfo.getBatchSize()) : Math.max(1, queryInfoList.size()));
        Map<String, LongAdder> tracing = trace;
        if (tracing != null) {
            for (QueryInfo query : queryInfoList) {
                int times = execInfo.isBatch() && !query.getParametersList().isEmpty() ? query.getParametersList().size() : 1;
                tracing.computeIfAbsent(kind(query.getQuery()), k -> new LongAdder()).add(times);
            }
        }
    }

    static String kind(String sql) {
        Matcher update = UPDATE.matcher(sql);
        if (update.find()) {
            return "update " + update.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher m = TABLE.matcher(sql);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT)
                : sql.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    void startTrace() {
        trace = new ConcurrentHashMap<>();
    }

    Map<String, Long> stopTrace() {
        Map<String, Long> result = new TreeMap<>();
        trace.forEach((k, v) -> result.put(k, v.sum()));
        trace = null;
        return result;
    }

    long statements() {
        return statements.sum();
    }

    long roundTrips() {
        return roundTrips.sum();
    }
}
