-- The cross-party dashboard: a read model of what the five services report, fed by their topics through the inbox.
-- Each row holds the latest known state of one aggregate of another service. Events of one aggregate arrive in order
-- (key = aggregate id), but a rebuild replays the topics while the live consumer goes on, so every write is guarded:
-- the state columns take an event only if it is not older (as_of) than what the row holds, and the descriptive columns
-- are filled from whichever event carries them. Only what the aggregate figures need is kept: no names of people, no
-- free text, no students (an employment outcome is known by its own id).

create table dashboard_appointment (
    appointment_id       uuid         primary key,
    kind                 varchar(30)  not null,
    profile_id           uuid         not null,
    home_organisation_id uuid,
    host_organisation_id uuid         not null,
    start_date           date,
    end_date             date,
    hours_per_week       numeric(6, 2),
    green_channel        boolean,
    status               varchar(12)  not null,
    ended_on             date,
    as_of                timestamptz  not null
);
create index dashboard_appointment_period on dashboard_appointment (kind, start_date, end_date);

create table dashboard_project (
    project_id     uuid         primary key,
    school_id      uuid         not null,
    sector         varchar(100) not null,
    status         varchar(12)  not null,
    submitted_at   timestamptz,
    decided_at     timestamptz,
    closed_at      timestamptz,
    as_of          timestamptz  not null
);
create index dashboard_project_status on dashboard_project (status, submitted_at);
create index dashboard_project_decided on dashboard_project (decided_at) where decided_at is not null;

create table dashboard_call (
    call_id                uuid          primary key,
    funder_organisation_id uuid          not null,
    funder_type            varchar(30),
    money_kind             varchar(20),
    budget                 numeric(15, 2) not null,
    currency               char(3)       not null,
    opens_on               date,
    closes_on              date,
    status                 varchar(10)   not null,
    as_of                  timestamptz   not null
);
create index dashboard_call_funder on dashboard_call (funder_organisation_id);

create table dashboard_tranche (
    tranche_id             uuid          primary key,
    award_id               uuid          not null,
    call_id                uuid          not null,
    funder_organisation_id uuid,
    amount                 numeric(15, 2) not null,
    currency               char(3)       not null,
    status                 varchar(10)   not null,
    granted_at             timestamptz,
    released_at            timestamptz,
    cancelled_at           timestamptz,
    as_of                  timestamptz   not null
);
create index dashboard_tranche_call on dashboard_tranche (call_id, status);

create table dashboard_skill_gap (
    school_id   uuid         not null,
    skill_id    uuid         not null,
    sector      varchar(100),
    demand      integer      not null,
    coverage    integer      not null,
    gap         integer      not null,
    detected_at timestamptz  not null,
    as_of       timestamptz  not null,
    primary key (school_id, skill_id)
);
create index dashboard_skill_gap_detected on dashboard_skill_gap (detected_at);

create table dashboard_revision (
    revision_id  uuid         primary key,
    school_id    uuid,
    change       varchar(10),
    status       varchar(12)  not null,
    opened_at    timestamptz,
    published_at timestamptz,
    as_of        timestamptz  not null
);
create index dashboard_revision_opened on dashboard_revision (opened_at);

create table dashboard_employment (
    outcome_id      uuid         primary key,
    graduation_year integer      not null,
    school_id       uuid         not null,
    programme_id    uuid,
    outcome         varchar(20)  not null,
    as_of           timestamptz  not null
);
create index dashboard_employment_year on dashboard_employment (graduation_year, school_id);

create table dashboard_problem (
    problem_id              uuid         primary key,
    origin_committee_id     uuid         not null,
    tier                    varchar(10)  not null,
    status                  varchar(12)  not null,
    raising_organisation_id uuid         not null,
    raised_at               timestamptz,
    resolved_at             timestamptz,
    as_of                   timestamptz  not null
);
create index dashboard_problem_raised on dashboard_problem (raised_at);

-- Every event the dashboard applied, counted per type and day: how busy each flow is, and proof each was applied once
create table dashboard_event_count (
    event_type varchar(200) not null,
    day        date         not null,
    events     bigint       not null,
    primary key (event_type, day)
);
