-- The arbitrators' work queue: one row per case waiting for an arbitration or appeal decision, and
-- nothing else. It is written by the dispute aggregate in the same transaction as the case (a row
-- appears when the arbitration SLA starts, goes when the case leaves arbitration), so the task
-- list reads a narrow table the size of the open work instead of filtering every dispute ever
-- opened, and needs no partial index (H2 has none). Order, platform, reason and amount are copies
-- of the dispute's immutable facts.
create table arbitration_queue (
    dispute_id         uuid          primary key references dispute (id),
    order_id           varchar(64)   not null,
    platform           varchar(20)   not null,
    reason             varchar(40)   not null,
    amount_value       numeric(19,4) not null,
    amount_currency    varchar(3)    not null,
    -- the arbitration SLA of the case (for an appeal: counted from the appeal)
    sla_due_at         timestamp with time zone not null,
    -- an appeal: only senior arbitrators see and decide it
    appeal             boolean       not null,
    -- the SLA passed (or the case is an appeal): senior arbitrators may pick it up
    senior_involved    boolean       not null,
    awaiting_evidence  boolean       not null,
    -- who claimed the case; null while unassigned
    assignee           varchar(64),
    opened_at          timestamp with time zone not null
);
-- every listing is ordered by (sla_due_at, dispute_id); each index below serves one filter shape
-- in that order, so a page reads its rows off the index and stops after page size. The trailing
-- appeal column lets an arbitrator's capped count (appeals hidden) be answered from the index alone.
create index ix_arbq_due on arbitration_queue (sla_due_at, dispute_id, appeal);
create index ix_arbq_platform_due on arbitration_queue (platform, sla_due_at, dispute_id, appeal);
create index ix_arbq_platform_reason_due on arbitration_queue (platform, reason, sla_due_at, dispute_id, appeal);
create index ix_arbq_assignee_due on arbitration_queue (assignee, sla_due_at, dispute_id, appeal);

-- cases already waiting for a decision when this version is deployed join the queue unclaimed
insert into arbitration_queue (dispute_id, order_id, platform, reason, amount_value, amount_currency, sla_due_at,
        appeal, senior_involved, awaiting_evidence, assignee, opened_at)
select d.id, d.order_id, d.platform, d.reason, d.amount_value, d.amount_currency, coalesce(sla.due_at, d.opened_at),
        d.stage = 'APPEAL', d.senior_involved, d.evidence_requested_from is not null, null, d.opened_at
from dispute d
left join dispute_deadline sla on sla.dispute_id = d.id and sla.kind = 'ARBITRATION_SLA'
where d.stage in ('ARBITRATION', 'APPEAL');
