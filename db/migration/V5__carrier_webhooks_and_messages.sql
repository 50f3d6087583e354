-- Carrier webhooks: a carrier may report a status we do not track; it is kept for the record
-- (status null) with what the carrier said, and changes nothing.
alter table carrier_event alter column status drop not null;
alter table carrier_event add column native_status varchar(120);
-- when the parcel's current status was scanned: an older scan arriving late does not overwrite it
alter table return_shipment add column status_at timestamp with time zone;

-- The transactional outbox of messages to the parties: written in the same transaction as the
-- change they tell about, sent afterwards by a poller (any node; rows are claimed with SKIP LOCKED).
create table outbound_message (
    id               uuid           primary key,
    dispute_id       uuid           not null references dispute (id),
    -- the buyer's user name, or the seller account
    recipient        varchar(64)    not null,
    recipient_party  varchar(10)    not null,
    language         varchar(8)     not null,
    template         varchar(40)    not null,
    subject          varchar(400)   not null,
    body             varchar(4000)  not null,
    status           varchar(10)    not null,
    attempts         integer        not null,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    -- one reminder per deadline, however often its timer job is retried
    dedup_key        varchar(200),
    constraint uq_outbound_message_dedup unique (dedup_key)
);
create index ix_outbound_message_due on outbound_message (status, next_attempt_at);
create index ix_outbound_message_dispute on outbound_message (dispute_id, created_at);
