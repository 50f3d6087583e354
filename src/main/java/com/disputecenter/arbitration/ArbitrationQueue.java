package com.disputecenter.arbitration;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Money;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.ArbitrationWork;
import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.Dispute;
import com.disputecenter.dispute.DisputePolicy;
import com.disputecenter.dispute.DisputeProcess;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.security.UserDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arbitrators' task list and who works which case. The list reads {@code arbitration_queue},
 * which the dispute aggregate keeps in step with the case; claims lock the case like every other
 * change, so of two arbitrators claiming at once one wins and the other gets a 409.
 *
 * <p>Rules of the desk: only senior arbitrators see, claim and receive appeals; a case is worked by
 * the one who claimed it (a decision on a case someone else holds is refused, a decision on an
 * unclaimed case claims it); the holder may release it or hand it to another arbitrator, and a
 * senior arbitrator may release or hand over anyone's case.
 */
@Service
public class ArbitrationQueue {

    /** The count stops here: past it the page says "10,000+" instead of counting a million rows. */
    public static final int COUNT_CAP = 10_000;

    public static final int MAX_PAGE_SIZE = 100;

    static final String COLUMNS = "q.dispute_id, q.order_id, q.platform, q.reason, q.amount_value, q.amount_currency,"
            + " q.sla_due_at, q.appeal, q.senior_involved, q.awaiting_evidence, q.assignee, q.opened_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final Cases cases;
    private final DisputeProcess process;
    private final UserDirectory users;

    ArbitrationQueue(NamedParameterJdbcTemplate jdbc, Cases cases, DisputeProcess process, UserDirectory users) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.process = process;
        this.users = users;
    }

    /** A page of open arbitration work, SLA due time ascending (overdue first), with the capped total. */
    @Transactional(readOnly = true)
    public QueuePage page(Caller caller, QueueFilter filter, int page, int size) {
        requireArbitrator(caller);
        if (page < 0) {
            throw new InvalidInput("page", "page starts at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "size is between 1 and " + MAX_PAGE_SIZE);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(caller, filter, params);
        params.addValue("limit", size).addValue("offset", (long) page * size).addValue("cap", COUNT_CAP + 1);
        Instant now = cases.now();
        List<QueuePage.Row> rows = jdbc.query(pageSql(where), params, (rs, n) -> row(rs, now));
        Long counted = jdbc.queryForObject(countSql(where), params, Long.class);
        long total = counted == null ? 0 : counted;
        return new QueuePage(rows, Math.min(total, COUNT_CAP), total > COUNT_CAP, page, size);
    }

    static String pageSql(String where) {
        return "select " + COLUMNS + " from arbitration_queue q" + where
                + " order by q.sla_due_at, q.dispute_id limit :limit offset :offset";
    }

    /** Counts at most COUNT_CAP + 1 rows, so the count costs no more than reading that many index entries. */
    static String countSql(String where) {
        return "select count(*) from (select 1 from arbitration_queue q" + where + " limit :cap) capped";
    }

    static String where(Caller caller, QueueFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (!caller.has(Role.SENIOR_ARBITRATOR)) {
            conditions.add("q.appeal = false");
        }
        if (filter.platform() != null) {
            conditions.add("q.platform = :platform");
            params.addValue("platform", filter.platform().name());
        }
        if (filter.reason() != null) {
            conditions.add("q.reason = :reason");
            params.addValue("reason", filter.reason().name());
        }
        if (filter.currency() != null) {
            conditions.add("q.amount_currency = :currency");
            params.addValue("currency", filter.currency().getCurrencyCode());
        }
        if (filter.minAmount() != null) {
            conditions.add("q.amount_value >= :minAmount");
            params.addValue("minAmount", filter.minAmount());
        }
        if (filter.maxAmount() != null) {
            conditions.add("q.amount_value <= :maxAmount");
            params.addValue("maxAmount", filter.maxAmount());
        }
        switch (filter.scope()) {
            case MINE -> {
                conditions.add("q.assignee = :me");
                params.addValue("me", caller.username());
            }
            case UNASSIGNED -> conditions.add("q.assignee is null");
            case SENIOR -> conditions.add("q.senior_involved = true");
            case ALL -> {
            }
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static QueuePage.Row row(ResultSet rs, Instant now) throws SQLException {
        Instant due = rs.getObject("sla_due_at", OffsetDateTime.class).toInstant();
        boolean appeal = rs.getBoolean("appeal");
        return new QueuePage.Row(rs.getObject("dispute_id", UUID.class), rs.getString("order_id"),
                Platform.valueOf(rs.getString("platform")), Reason.valueOf(rs.getString("reason")),
                Money.stored(rs.getBigDecimal("amount_value"), rs.getString("amount_currency")),
                due, due.isBefore(now), rs.getString("assignee"), rs.getBoolean("senior_involved"), appeal,
                status(appeal, rs.getBoolean("awaiting_evidence")),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant());
    }

    private static QueuePage.Status status(boolean appeal, boolean awaitingEvidence) {
        return appeal ? QueuePage.Status.APPEAL
                : awaitingEvidence ? QueuePage.Status.AWAITING_EVIDENCE : QueuePage.Status.TO_DECIDE;
    }

    /**
     * The case's row as the caller would see it in the list: empty when the case has no open
     * arbitration work, or it is an appeal and the caller is not a senior arbitrator.
     */
    @Transactional(readOnly = true)
    public Optional<QueuePage.Row> work(Caller caller, UUID disputeId) {
        requireArbitrator(caller);
        Dispute dispute = cases.readFor(caller, disputeId);
        return dispute.arbitrationWork()
                .filter(work -> !work.appeal() || caller.has(Role.SENIOR_ARBITRATOR))
                .map(work -> row(dispute, work));
    }

    /** The caller takes the case; claiming one's own case again changes nothing. */
    @Transactional
    public QueuePage.Row claim(Caller caller, UUID disputeId) {
        requireArbitrator(caller);
        Dispute dispute = cases.lockFor(caller, disputeId);
        ArbitrationWork work = openWork(dispute, caller);
        if (caller.username().equals(work.assignee())) {
            return row(dispute, work);
        }
        if (work.assignee() != null) {
            throw QueueRefusal.conflict("arbitration.refusal.alreadyClaimed", "The case is already claimed by " + work.assignee(),
                    work.assignee());
        }
        assign(dispute, caller, caller.username(), "ARBITRATION_CLAIMED", caller.username() + " took the case");
        return row(dispute, work);
    }

    /** The holder (or a senior arbitrator) puts the case back for anyone to take. */
    @Transactional
    public QueuePage.Row unclaim(Caller caller, UUID disputeId) {
        requireArbitrator(caller);
        Dispute dispute = cases.lockFor(caller, disputeId);
        ArbitrationWork work = openWork(dispute, caller);
        if (work.assignee() == null) {
            throw QueueRefusal.conflict("arbitration.refusal.unclaimed", "Nobody has claimed the case");
        }
        requireHolderOrSenior(caller, work);
        assign(dispute, caller, null, "ARBITRATION_RELEASED", caller.username() + " released the case from "
                + work.assignee());
        return row(dispute, work);
    }

    /** The holder (or a senior arbitrator) hands the case to another arbitrator; appeals only to a senior. */
    @Transactional
    public QueuePage.Row handOver(Caller caller, UUID disputeId, String to) {
        requireArbitrator(caller);
        if (to == null || to.isBlank()) {
            throw QueueRefusal.invalidInput("to", "arbitration.refusal.handOverToWhom", "Say whom to hand the case to");
        }
        Dispute dispute = cases.lockFor(caller, disputeId);
        ArbitrationWork work = openWork(dispute, caller);
        if (work.assignee() == null && !caller.has(Role.SENIOR_ARBITRATOR)) {
            throw QueueRefusal.conflict("arbitration.refusal.claimBeforeHandOver",
                    "Nobody has claimed the case; claim it before handing it over");
        }
        if (work.assignee() != null) {
            requireHolderOrSenior(caller, work);
        }
        Set<Role> roles = users.rolesOf(to);
        if (!roles.contains(Role.ARBITRATOR) && !roles.contains(Role.SENIOR_ARBITRATOR)) {
            throw QueueRefusal.ruleViolation("arbitration.refusal.notAnArbitrator", to + " is not an arbitrator", to);
        }
        if (work.appeal() && !roles.contains(Role.SENIOR_ARBITRATOR)) {
            throw QueueRefusal.ruleViolation("arbitration.refusal.appealToSenior",
                    "An appeal goes only to a senior arbitrator; " + to + " is not one", to);
        }
        if (to.equals(work.assignee())) {
            return row(dispute, work);
        }
        assign(dispute, caller, to, "ARBITRATION_HANDED_OVER", caller.username() + " handed the case"
                + (work.assignee() == null ? "" : " from " + work.assignee()) + " to " + to);
        return row(dispute, work);
    }

    private void assign(Dispute dispute, Caller caller, String assignee, String type, String detail) {
        dispute.assignArbitrationTo(assignee);
        dispute.record(cases.now(), caller.username(), type, detail);
        process.decisionAssigned(dispute.id(), assignee);
    }

    private static void requireArbitrator(Caller caller) {
        if (!caller.isArbitrator()) {
            throw new Forbidden("Only arbitrators work the arbitration queue");
        }
    }

    private static ArbitrationWork openWork(Dispute dispute, Caller caller) {
        ArbitrationWork work = dispute.arbitrationWork()
                .orElseThrow(() -> QueueRefusal.conflict("arbitration.refusal.noWork",
                        "The case is not waiting for an arbitration decision"));
        if (work.appeal() && !caller.has(Role.SENIOR_ARBITRATOR)) {
            throw new Forbidden("Appeals are worked by senior arbitrators");
        }
        return work;
    }

    private static void requireHolderOrSenior(Caller caller, ArbitrationWork work) {
        if (!caller.username().equals(work.assignee()) && !caller.has(Role.SENIOR_ARBITRATOR)) {
            throw QueueRefusal.conflict("arbitration.refusal.claimedBy", "The case is claimed by " + work.assignee(),
                    work.assignee());
        }
    }

    private QueuePage.Row row(Dispute dispute, ArbitrationWork work) {
        Instant now = cases.now();
        return new QueuePage.Row(dispute.id(), dispute.orderId(), dispute.platform(), dispute.reason(),
                dispute.amount(), work.slaDueAt(), work.slaDueAt().isBefore(now), work.assignee(),
                work.seniorInvolved(), work.appeal(), status(work.appeal(), work.awaitingEvidence()),
                dispute.openedAt());
    }

    /**
     * The check every decision and evidence request makes: a case claimed by someone else is not
     * theirs to work. Answers whether the case is unclaimed (so a decision claims it).
     */
    static boolean requireNotHeldByAnother(Dispute dispute, Caller caller) {
        return DisputePolicy.requireNotHeldByAnother(dispute, caller);
    }
}
