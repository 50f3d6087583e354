-- Order ids that differ only in letter case name one order ("AE-1" and "ae-1"): an open case keeps
-- the order's key, its id in upper case, so uq_dispute_open_order holds one open case per order
-- whatever the case of the id it was opened with (Identifiers.orderKey; order_id keeps the id as given).
update dispute set open_order_id = upper(open_order_id)
where open_order_id is not null and open_order_id <> upper(open_order_id);
