-- Who changed what (every write of this service), readable by admin and secretariat.
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

-- Experts (of an ENTERPRISE) and teachers (of a SCHOOL).
create table profile (
    id                  uuid         primary key,
    kind                varchar(20)  not null,
    organisation_id     uuid         not null,
    person_subject      varchar(200),
    display_name        varchar(200) not null,
    job_title           varchar(200),
    title_rank          varchar(40)  not null,
    years_of_experience integer      not null,
    skills              text[]       not null,
    version             bigint       not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create index profile_organisation on profile (organisation_id, display_name);
create index profile_kind on profile (kind, display_name);
-- a person has at most one profile
create unique index profile_person on profile (person_subject) where person_subject is not null;

-- governance's ACTIVE/TERMINATED cooperation agreements (AgreementActivated/AgreementTerminated): the green channel
create table cooperation_agreement (
    id                       uuid        primary key,
    kind                     varchar(40) not null,
    status                   varchar(20) not null,
    party_organisation_ids   uuid[]      not null,
    termination_reason       text,
    updated_at               timestamptz not null
);
create index cooperation_agreement_parties on cooperation_agreement using gin (party_organisation_ids);

create table appointment (
    id                    uuid         primary key,
    kind                  varchar(30)  not null,
    profile_id            uuid         not null references profile (id),
    person_subject        varchar(200),
    home_organisation_id  uuid         not null,
    host_organisation_id  uuid         not null,
    start_date            date         not null,
    end_date              date         not null,
    hours_per_week        integer      not null,
    activity              varchar(2000) not null,
    status                varchar(20)  not null,
    home_approved_at      timestamptz,
    home_approved_by      varchar(200),
    host_approved_at      timestamptz,
    host_approved_by      varchar(200),
    green_channel         boolean      not null,
    green_channel_reason  varchar(500) not null,
    agreement_id          uuid,
    approved_at           timestamptz,
    activated_at          timestamptz,
    ended_at              timestamptz,
    end_reason            varchar(2000),
    version               bigint       not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    constraint appointment_dates check (end_date >= start_date),
    constraint appointment_hours check (hours_per_week between 1 and 40)
);
create index appointment_profile on appointment (profile_id, status, start_date);
create index appointment_home on appointment (home_organisation_id, created_at);
create index appointment_host on appointment (host_organisation_id, created_at);
create index appointment_person on appointment (person_subject);
create index appointment_due on appointment (status, start_date, end_date);

create table appointment_pay_line (
    appointment_id        uuid          not null references appointment (id) on delete cascade,
    position              integer       not null,
    payer_organisation_id uuid          not null,
    amount                numeric(14,2) not null,
    currency              char(3)       not null,
    basis                 varchar(20)   not null,
    primary key (appointment_id, position)
);
