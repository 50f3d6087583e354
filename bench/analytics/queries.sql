-- The analytics queries exactly as AnalyticsService and RiskAssessmentService send them, with the
-- parameters bound, each under EXPLAIN ANALYZE. :from and :to are set by run.sh.
\set ON_ERROR_STOP on
\echo '== figures by seller (all sellers)'
explain (analyze, buffers, costs off, summary on)
select d.seller_id as k, count(*) as disputes,
       sum(case when d.counts_toward_dispute_rate then 1 else 0 end) as counted,
       sum(case when d.status = 'RESOLVED' then 1 else 0 end) as resolved,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'AGREEMENT' then 1 else 0 end) as agreed,
       avg(case when d.status = 'RESOLVED' then extract(epoch from d.resolved_at) - extract(epoch from d.opened_at) end) as seconds,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'TIMEOUT' then 1 else 0 end) as timeouts,
       sum(case when d.status = 'CANCELLED' then 1 else 0 end) as cancelled,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION' then 1 else 0 end) as arbitrated,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION' and d.resolution_type = 'NO_REFUND' then 1 else 0 end) as for_seller,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION' and d.responsibility = 'SELLER' then 1 else 0 end) as r_seller,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION' and d.responsibility = 'BUYER' then 1 else 0 end) as r_buyer,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION' and d.responsibility = 'LOGISTICS' then 1 else 0 end) as r_logistics,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION' and d.responsibility = 'PLATFORM' then 1 else 0 end) as r_platform,
       count(sla.dispute_id) as sla_breaches
from dispute d
left join (select distinct dispute_id from timeline_entry where type = 'SLA_PASSED') sla on sla.dispute_id = d.id
where d.opened_at >= :'from' and d.opened_at < :'to'
group by d.seller_id order by count(*) desc, d.seller_id;

\echo '== refunds by seller'
explain (analyze, buffers, costs off, summary on)
select d.seller_id as k, d.amount_currency as currency, sum(d.refunded_value) as refunded
from dispute d where d.opened_at >= :'from' and d.opened_at < :'to' and d.refunded_value > 0
group by d.seller_id, d.amount_currency order by d.amount_currency;

\echo '== order volume of every seller'
explain (analyze, buffers, costs off, summary on)
select seller_id, sum(orders) as orders from seller_order_volume
where order_day >= cast(:'from' as date) and order_day < cast(:'to' as date) + 1 group by seller_id;

\echo '== figures by platform'
explain (analyze, buffers, costs off, summary on)
select d.platform as k, count(*) as disputes,
       sum(case when d.counts_toward_dispute_rate then 1 else 0 end) as counted,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'AGREEMENT' then 1 else 0 end) as agreed,
       avg(case when d.status = 'RESOLVED' then extract(epoch from d.resolved_at) - extract(epoch from d.opened_at) end) as seconds,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION' and d.responsibility = 'SELLER' then 1 else 0 end) as r_seller,
       count(sla.dispute_id) as sla_breaches
from dispute d
left join (select distinct dispute_id from timeline_entry where type = 'SLA_PASSED') sla on sla.dispute_id = d.id
where d.opened_at >= :'from' and d.opened_at < :'to'
group by d.platform order by count(*) desc, d.platform;

\echo '== figures of one seller, by reason (what a seller sees)'
explain (analyze, buffers, costs off, summary on)
select d.reason as k, count(*) as disputes,
       sum(case when d.counts_toward_dispute_rate then 1 else 0 end) as counted,
       sum(case when d.status = 'RESOLVED' and d.decided_by = 'AGREEMENT' then 1 else 0 end) as agreed,
       avg(case when d.status = 'RESOLVED' then extract(epoch from d.resolved_at) - extract(epoch from d.opened_at) end) as seconds,
       count(sla.dispute_id) as sla_breaches
from dispute d
left join (select distinct dispute_id from timeline_entry where type = 'SLA_PASSED') sla on sla.dispute_id = d.id
where d.opened_at >= :'from' and d.opened_at < :'to' and d.seller_id = 'S-42'
group by d.reason order by count(*) desc, d.reason;

\echo '== arbitrators and SLA breaches'
explain (analyze, buffers, costs off, summary on)
select decision.actor as arbitrator, count(decision.actor) as decisions, count(sla.dispute_id) as sla_breaches
from dispute d
left join (select distinct dispute_id from timeline_entry where type = 'SLA_PASSED') sla on sla.dispute_id = d.id
left join timeline_entry decision on decision.dispute_id = d.id and decision.type in ('DECIDED', 'APPEAL_DECIDED')
where d.opened_at >= :'from' and d.opened_at < :'to'
  and (decision.actor is not null or (sla.dispute_id is not null and d.status = 'ARBITRATION'))
group by decision.actor order by count(sla.dispute_id) desc, count(decision.actor) desc, decision.actor;

\echo '== root causes of one seller'
explain (analyze, buffers, costs off, summary on)
select product_id, max(product_title) as title, max(product_category) as category, reason, count(*) as disputes
from dispute where seller_id = 'S-42' and opened_at >= :'from' and opened_at < :'to'
group by product_id, reason;

\echo '== a buyer''s disputes in the last 90 days (risk score)'
explain (analyze, buffers, costs off, summary on)
select count(*) from dispute where buyer_id = 'buyer-4242' and opened_at >= timestamp with time zone '2026-08-26 00:00:00+00';
