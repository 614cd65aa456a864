create table committee (
    id                       uuid         primary key,
    name                     varchar(200) not null,
    tier                     varchar(10)  not null,
    parent_id                uuid references committee (id),
    industry                 varchar(100),
    purpose                  text,
    quorum                   integer,
    escalation_deadline_days integer      not null default 30,
    version                  bigint       not null,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null
);
create index committee_parent on committee (parent_id);
create index committee_tier on committee (tier);

create table committee_department (
    committee_id uuid        not null references committee (id) on delete cascade,
    department   varchar(40) not null,
    primary key (committee_id, department)
);

create table membership (
    id              uuid        primary key,
    committee_id    uuid        not null references committee (id),
    organisation_id uuid        not null references organisation (id),
    position        varchar(20) not null,
    duties          text,
    since           date        not null,
    until           date,
    created_at      timestamptz not null
);
-- an organisation is a current member once at a time; a committee has at most one current chair
create unique index membership_current_member on membership (committee_id, organisation_id) where until is null;
create unique index membership_current_chair on membership (committee_id) where until is null and position = 'CHAIR';
create index membership_organisation on membership (organisation_id);

create table audit_record (
    id              bigserial    primary key,
    occurred_at     timestamptz  not null,
    subject         varchar(200) not null,
    organisation_id uuid,
    client_id       varchar(200),
    resource_type   varchar(60)  not null,
    resource_id     varchar(100) not null,
    action          varchar(60)  not null,
    before_state    text,
    after_state     text,
    request_id      varchar(200)
);
create index audit_record_resource on audit_record (resource_type, resource_id, id);
