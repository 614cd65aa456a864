-- Replays of an idempotent creation carry the ETag the first response had
alter table helix_idempotency_key add column etag varchar(255);
