-- Operations: the indexes the metrics and the per-case payment look-ups need (docs/operations.md).
-- The timeouts metric counts cases a deadline decided; without an index every scrape scans the table.
create index ix_dispute_decided_by on dispute (decided_by);
-- what was paid for a case (foreign key without an index of its own until now)
create index ix_executed_action_dispute on executed_action (dispute_id);
