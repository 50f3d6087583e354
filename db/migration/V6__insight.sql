-- Insight (early warning, analytics, root causes). Portable SQL: runs on PostgreSQL and on H2.

-- what was bought, when the marketplace says so: root causes are per product, the risk score
-- reads the category's history
alter table dispute add column product_id varchar(64);
alter table dispute add column product_title varchar(200);
alter table dispute add column product_category varchar(64);

-- the analytics group disputes opened in a period by seller, platform or reason; these indexes
-- let each grouping read the period without touching the rest of the table (docs/analytics.md)
create index ix_dispute_opened on dispute (opened_at);
create index ix_dispute_platform on dispute (platform, opened_at);
create index ix_dispute_reason on dispute (reason, opened_at);
create index ix_dispute_seller_product on dispute (seller_id, product_id);
-- arbitration SLA breaches are timeline entries of type SLA_PASSED; finding them must not read every entry
create index ix_timeline_type on timeline_entry (type, dispute_id);
