-- One million disputes for measuring the analytics queries (docs/analytics.md). Run on an empty
-- database after the migrations V1 and V6 (run.sh does both). Deterministic: no random(), so two
-- runs measure the same data. Spread: 2,000 sellers, 4 platforms, 15 reasons, 40,000 products,
-- opened over the 365 days before 2026-11-24, most cases resolved, 15 % arbitrated, 2 % past the SLA.
\set ON_ERROR_STOP on

insert into dispute (id, version, order_id, open_order_id, platform, buyer_id, seller_id, reason, amount_value,
        amount_currency, rulebook_id, stage, status, escalated_from_return, senior_involved, appealed,
        resolution_type, decided_by, reason_code, responsibility, resolved_at, refunded_value,
        counts_toward_dispute_rate, opened_at, opened_by, product_id, product_title, product_category)
select md5(i::text)::uuid, 1, 'BENCH-' || i,
       case when i % 10 = 0 then 'BENCH-' || i end,
       (array['ALIEXPRESS','ALIEXPRESS','ALIEXPRESS','TMALL_GLOBAL','AMAZON','EBAY'])[1 + i % 6],
       'buyer-' || (i * 7919 % 300000),
       'S-' || (i * 104729 % 2000),
       (array['NOT_RECEIVED_IN_TRANSIT','NOT_RECEIVED_NO_TRACKING','NOT_RECEIVED_LOST','NOT_RECEIVED_RETURNED_TO_SENDER',
              'NOT_RECEIVED_WRONG_ADDRESS','NOT_AS_DESCRIBED_MISMATCH','NOT_AS_DESCRIBED_SHORT_QUANTITY',
              'NOT_AS_DESCRIBED_DAMAGED','NOT_AS_DESCRIBED_NOT_WORKING','NOT_AS_DESCRIBED_WRONG_ITEM',
              'NOT_AS_DESCRIBED_SIZE','CUSTOMS_DUTIES','PERSONAL_REASONS','EASY_RETURN',
              'SHIPPING_METHOD_NOT_AS_DESCRIBED'])[1 + (i * 31) % 15],
       10 + (i % 200), 'USD', 'bench', 
       case when i % 10 = 0 then 'NEGOTIATION' when i % 10 = 1 then 'CANCELLED' else 'RESOLVED' end,
       case when i % 10 = 0 then 'NEGOTIATION' when i % 10 = 1 then 'CANCELLED' else 'RESOLVED' end,
       false, i % 50 = 7, false,
       case when i % 10 in (0, 1) then null when i % 20 = 2 then 'NO_REFUND' when i % 3 = 0 then 'PARTIAL_REFUND' else 'FULL_REFUND' end,
       case when i % 10 in (0, 1) then null when i % 10 in (2, 3) then 'ARBITRATION' when i % 10 = 4 then 'TIMEOUT' else 'AGREEMENT' end,
       case when i % 10 in (0, 1) then null when i % 10 in (2, 3) then 'ARBITRATION_DECISION' when i % 10 = 4 then 'NO_SELLER_RESPONSE' else 'AGREED' end,
       case when i % 10 in (2, 3) then (array['SELLER','BUYER','LOGISTICS','PLATFORM'])[1 + i % 4] end,
       case when i % 10 in (0, 1) then null
            else timestamp with time zone '2026-11-24 00:00:00+00' - ((i % 365) || ' days')::interval + ((i % 240) || ' hours')::interval end,
       case when i % 10 in (0, 1) or i % 20 = 2 then 0 when i % 3 = 0 then (10 + (i % 200)) / 2 else 10 + (i % 200) end,
       (1 + (i * 31) % 15) <= 12 and i % 10 <> 1,
       timestamp with time zone '2026-11-24 00:00:00+00' - ((i % 365) || ' days')::interval - ((i % 1440) || ' minutes')::interval,
       'market', 'P-' || (i * 104729 % 2000) || '-' || (i % 20), 'Product ' || (i % 20), 'category-' || (i % 40)
from generate_series(1::bigint, 1000000) as i;

-- a real case has about five timeline entries; three stand in for them, plus the ones analytics reads
insert into timeline_entry (id, dispute_id, seq, at, actor, type, detail)
select md5('t' || i || '-' || s)::uuid, md5(i::text)::uuid, s,
       timestamp with time zone '2026-11-24 00:00:00+00' - ((i % 365) || ' days')::interval,
       'market', (array['OPENED','PROPOSED','RESPONSIBILITY_SUGGESTED'])[s], 'bench'
from generate_series(1::bigint, 1000000) as i, generate_series(1, 3) as s;
insert into timeline_entry (id, dispute_id, seq, at, actor, type, detail)
select md5('sla' || i)::uuid, md5(i::text)::uuid, 4, timestamp with time zone '2026-11-24 00:00:00+00', 'platform',
       'SLA_PASSED', 'bench'
from generate_series(1::bigint, 1000000) as i where i % 50 = 7;
insert into timeline_entry (id, dispute_id, seq, at, actor, type, detail)
select md5('dec' || i)::uuid, md5(i::text)::uuid, 5, timestamp with time zone '2026-11-24 00:00:00+00',
       'arbitrator-' || (i % 40), 'DECIDED', 'bench'
from generate_series(1::bigint, 1000000) as i where i % 10 in (2, 3);

insert into seller_order_volume (seller_id, order_day, orders)
select 'S-' || s, date '2026-11-24' - d, 20 + (s * 7 + d) % 180
from generate_series(0, 1999) as s, generate_series(0, 365) as d;

analyze;
