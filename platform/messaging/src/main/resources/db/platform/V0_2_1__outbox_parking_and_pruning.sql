-- A record the broker refuses for good is parked with its reason; later events of its aggregate wait behind it
alter table helix_outbox add column parked_at   timestamptz;
alter table helix_outbox add column park_reason text;
create index helix_outbox_parked on helix_outbox (aggregate_type, aggregate_id, id) where parked_at is not null;

-- Pruning: sent outbox rows and inbox ids older than the retention are deleted by age
create index helix_outbox_sent_at on helix_outbox (sent_at) where sent_at is not null;
create index helix_inbox_received_at on helix_inbox (received_at);
