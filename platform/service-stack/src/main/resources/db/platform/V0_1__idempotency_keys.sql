-- Idempotency-Key of creating POSTs and the response they produced (platform table, same in every service)
create table helix_idempotency_key (
    scope           varchar(600) not null,
    idempotency_key varchar(255) not null,
    request_hash    char(64)     not null,
    status          integer      not null default 0,
    location        text,
    body            text,
    created_at      timestamptz  not null,
    primary key (scope, idempotency_key)
);
create index helix_idempotency_key_created_at on helix_idempotency_key (created_at);
