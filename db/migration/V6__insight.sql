-- Insight (early warning, analytics, root causes). Portable SQL: runs on PostgreSQL and on H2.

-- what was bought, when the marketplace says so (all optional): root causes group by product
alter table dispute add column product_id varchar(64);
alter table dispute add column product_title varchar(200);
alter table dispute add column product_category varchar(64);

-- the marketplace-wide analytics read the disputes opened in a period, whatever the seller; a
-- seller's own figures and root causes use ix_dispute_seller (V1). Measured in docs/analytics.md.
create index ix_dispute_opened on dispute (opened_at);
-- arbitration SLA breaches and decisions are timeline entries of a type; finding them must not
-- read every entry of every case
create index ix_timeline_type on timeline_entry (type, dispute_id);
