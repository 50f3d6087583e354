package com.disputecenter.benchmark;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/** Counts statements (a JDBC batch of n counts n) and round trips (a batch counts once). */
final class SqlCounter implements QueryExecutionListener {

    private final LongAdder statements = new LongAdder();
    private final LongAdder roundTrips = new LongAdder();

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        roundTrips.increment();
        statements.add(execInfo.isBatch() ? Math.max(1, execInfo.getBatchSize()) : Math.max(1, queryInfoList.size()));
    }

    long statements() {
        return statements.sum();
    }

    long roundTrips() {
        return roundTrips.sum();
    }
}
