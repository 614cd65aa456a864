-- One correlation id per chain of work (the first request's id), on every event sent and every event applied
alter table helix_outbox add column correlation_id varchar(200);
alter table helix_inbox add column correlation_id varchar(200);
create index helix_outbox_correlation on helix_outbox (correlation_id) where correlation_id is not null;
create index helix_inbox_correlation on helix_inbox (correlation_id) where correlation_id is not null;
