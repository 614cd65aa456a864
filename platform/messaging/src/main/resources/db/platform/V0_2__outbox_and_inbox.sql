-- Transactional outbox: each event commits with the state change that caused it; the relay publishes in id order
create table helix_outbox (
    id             bigserial    primary key,
    event_id       uuid         not null unique,
    event_type     varchar(200) not null,
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(100) not null,
    payload        text         not null,
    trace_headers  text,
    occurred_at    timestamptz  not null,
    sent_at        timestamptz
);
create index helix_outbox_unsent on helix_outbox (id) where sent_at is null;

-- Idempotent consumer: the id of every event applied, recorded in the same transaction as its effect
create table helix_inbox (
    event_id    varchar(200) primary key,
    event_type  varchar(200) not null,
    source      varchar(200),
    received_at timestamptz  not null
);
