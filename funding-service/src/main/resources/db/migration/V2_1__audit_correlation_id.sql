-- The chain of work a change belongs to: the first request's id, also when an event that request caused made it
alter table audit_record add column correlation_id varchar(200);
create index audit_record_correlation on audit_record (correlation_id) where correlation_id is not null;
