-- The audit trail every service keeps (DDL in platform/README.md), for the correlation tests
create table audit_record (
    id bigserial primary key, occurred_at timestamptz not null, subject varchar(200) not null,
    organisation_id uuid, client_id varchar(200), resource_type varchar(60) not null,
    resource_id varchar(100) not null, action varchar(60) not null, before_state text, after_state text,
    request_id varchar(200), correlation_id varchar(200));
create index audit_record_resource on audit_record (resource_type, resource_id, id);
create index audit_record_correlation on audit_record (correlation_id) where correlation_id is not null;
