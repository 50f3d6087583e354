-- Failed logins of the last minutes, shared by every node (security/LoginThrottle, docs/operations.md).
-- The name tried is kept as its SHA-256 only: people sometimes type their password into the name field.
-- Rows older than the throttle's window are purged as new failures come in.
create table login_failure (
    user_hash  char(64)                 not null,
    address    varchar(64)              not null,
    failed_at  timestamp with time zone not null
);
create index ix_login_failure_user on login_failure (user_hash, failed_at);
create index ix_login_failure_address on login_failure (address, failed_at);
create index ix_login_failure_time on login_failure (failed_at);
