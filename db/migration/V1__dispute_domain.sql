-- The domain schema of Dispute Center. The Camunda engine keeps its own ACT_* tables next to
-- these; nothing here refers to them. Portable SQL: runs on PostgreSQL and on H2.

create table dispute (
    id                          uuid          primary key,
    version                     bigint        not null,
    order_id                    varchar(64)   not null,
    -- equals order_id while the case is open, null once it ended: one open dispute per order
    open_order_id               varchar(64),
    platform                    varchar(20)   not null,
    buyer_id                    varchar(64)   not null,
    seller_id                   varchar(64)   not null,
    reason                      varchar(40)   not null,
    amount_value                numeric(19,4) not null,
    amount_currency             varchar(3)       not null,
    description                 varchar(4000),
    delivered_at                timestamp with time zone,
    logistics_channel           varchar(20),
    destination_country         varchar(2),
    language                    varchar(16),
    seller_contacted_at         timestamp with time zone,
    latest_estimated_delivery   timestamp with time zone,
    rulebook_id                 varchar(128)  not null,
    stage                       varchar(20)   not null,
    status                      varchar(30)   not null,
    escalated_by                varchar(10),
    escalated_from_return       boolean       not null,
    senior_involved             boolean       not null,
    appealed                    boolean       not null,
    evidence_requested_from     varchar(10),
    suggested_responsibility    varchar(20),
    suggestion_rule             varchar(400),
    resolution_type             varchar(20),
    resolution_amount_value     numeric(19,4),
    resolution_amount_currency  varchar(3),
    decided_by                  varchar(20),
    reason_code                 varchar(40),
    responsibility              varchar(20),
    rationale                   varchar(4000),
    resolved_at                 timestamp with time zone,
    executed_at                 timestamp with time zone,
    executed_type               varchar(20),
    -- money paid back so far, over every decision (an appeal pays only what is still owed)
    refunded_value              numeric(19,4) not null,
    counts_toward_dispute_rate  boolean       not null,
    opened_at                   timestamp with time zone not null,
    opened_by                   varchar(64)   not null,
    constraint uq_dispute_open_order unique (platform, open_order_id)
);
create index ix_dispute_seller on dispute (seller_id, opened_at);
create index ix_dispute_buyer on dispute (buyer_id, opened_at);
create index ix_dispute_status on dispute (status, opened_at);

create table dispute_deadline (
    dispute_id  uuid        not null references dispute (id),
    kind        varchar(20) not null,
    due_at      timestamp with time zone not null,
    primary key (dispute_id, kind)
);

create table proposal (
    id               uuid          primary key,
    dispute_id       uuid          not null references dispute (id),
    party            varchar(10)   not null,
    type             varchar(20)   not null,
    amount_value     numeric(19,4),
    amount_currency  varchar(3),
    note             varchar(4000),
    status           varchar(12)   not null,
    created_by       varchar(64)   not null,
    created_at       timestamp with time zone not null
);
create index ix_proposal_dispute on proposal (dispute_id);

-- evidence is never updated or deleted: a replacement is a new row
create table evidence (
    id                 uuid          primary key,
    dispute_id         uuid          not null references dispute (id),
    party              varchar(10)   not null,
    kind               varchar(30)   not null,
    file_name          varchar(255)  not null,
    content_type       varchar(100)  not null,
    size_bytes         bigint        not null,
    sha256             varchar(64)   not null,
    description        varchar(2000),
    packaging_damaged  boolean,
    uploaded_by        varchar(64)   not null,
    created_at         timestamp with time zone not null
);
create index ix_evidence_dispute on evidence (dispute_id);

-- the bytes apart from the metadata, so listing a case never drags files along; written in the
-- same transaction as its evidence row (no foreign key: the ORM may insert the bytes first)
create table evidence_content (
    evidence_id  uuid   primary key,
    content      bytea  not null
);

create table return_shipment (
    dispute_id         uuid          primary key references dispute (id),
    address            varchar(1000),
    prepaid            boolean       not null,
    carrier            varchar(40),
    tracking_number    varchar(64),
    status             varchar(30),
    shipped_at         timestamp with time zone,
    delivered_at       timestamp with time zone,
    receipt_condition  varchar(30),
    received_at        timestamp with time zone
);
create index ix_return_tracking on return_shipment (carrier, tracking_number);

create table carrier_event (
    event_id         varchar(100)  primary key,
    carrier          varchar(40)   not null,
    tracking_number  varchar(64)   not null,
    status           varchar(30)   not null,
    occurred_at      timestamp with time zone not null,
    received_at      timestamp with time zone not null,
    dispute_id       uuid          references dispute (id)
);
create index ix_carrier_event_dispute on carrier_event (dispute_id, occurred_at);

-- append-only: the story of a case, never rewritten
create table timeline_entry (
    id          uuid          primary key,
    dispute_id  uuid          not null references dispute (id),
    -- position in the case's story; unique, so two writers can never interleave it
    seq         integer       not null,
    at          timestamp with time zone not null,
    actor       varchar(64)   not null,
    type        varchar(40)   not null,
    detail      varchar(4000)
);
create unique index ux_timeline_dispute_seq on timeline_entry (dispute_id, seq);

-- what the payment, coupon and shipping ports carried out, keyed by idempotency key
create table executed_action (
    idempotency_key  varchar(120)  primary key,
    dispute_id       uuid          not null references dispute (id),
    kind             varchar(20)   not null,
    amount_value     numeric(19,4),
    amount_currency  varchar(3),
    executed_at      timestamp with time zone not null
);

-- orders per seller and day, as the marketplace reports them: the denominator of the dispute rate
create table seller_order_volume (
    seller_id  varchar(64)  not null,
    order_day  date         not null,
    orders     integer      not null,
    primary key (seller_id, order_day)
);
