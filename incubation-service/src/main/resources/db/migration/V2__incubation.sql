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

-- Student projects: SUBMITTED -> SCREENING -> INCUBATING -> GRADUATED | DISCONTINUED, DECLINED from screening.
create table project (
    id                uuid          primary key,
    title             varchar(200)  not null,
    school_id         uuid          not null,
    sector            varchar(100)  not null,
    pitch             varchar(4000) not null,
    needs             varchar(2000),
    team_lead_subject varchar(200)  not null,
    status            varchar(20)   not null,
    override_reason   varchar(2000),
    end_reason        varchar(2000),
    admitted_at       timestamptz,
    ended_at          timestamptz,
    version           bigint        not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);
create index project_school on project (school_id, created_at);
create index project_status on project (status, created_at);
create index project_sector on project (sector, created_at);
create index project_lead on project (team_lead_subject);

-- The team members besides the lead, by Keycloak subject.
create table project_member (
    project_id uuid         not null references project (id),
    position   integer      not null,
    subject    varchar(200) not null,
    primary key (project_id, position)
);
create index project_member_subject on project_member (subject, project_id);

-- Rubric reviews during screening: one per reviewer and project, each criterion 1-5.
create table project_review (
    id                uuid          primary key,
    project_id        uuid          not null references project (id),
    reviewer_subject  varchar(200)  not null,
    reviewer_role     varchar(20)   not null,
    innovation        integer       not null check (innovation between 1 and 5),
    feasibility       integer       not null check (feasibility between 1 and 5),
    market            integer       not null check (market between 1 and 5),
    team              integer       not null check (team between 1 and 5),
    comment           varchar(2000),
    created_at        timestamptz   not null
);
create unique index project_review_once on project_review (project_id, reviewer_subject);

-- talent's profiles (ProfileRegistered/Updated) and part-time teaching appointments (Activated/Completed/Terminated)
create table talent_profile (
    id              uuid        primary key,
    kind            varchar(20) not null,
    organisation_id uuid        not null,
    person_subject  text,
    display_name    text        not null,
    source_version  bigint      not null,
    updated_at      timestamptz not null
);
create index talent_profile_subject on talent_profile (person_subject);

create table teaching_appointment (
    id                   uuid        primary key,
    profile_id           uuid        not null,
    host_organisation_id uuid        not null,
    end_date             date,
    status               varchar(20) not null,
    updated_at           timestamptz not null
);
create index teaching_appointment_profile on teaching_appointment (profile_id, status);

-- How many active mentees a mentor has: the cap is held by a conditional update of this row (never above the cap).
create table mentor_load (
    profile_id     uuid    primary key,
    active_mentees integer not null check (active_mentees >= 0)
);

create table mentorship (
    id             uuid         primary key,
    project_id     uuid         not null references project (id),
    profile_id     uuid         not null,
    mentor_subject varchar(200),
    mentor_name    varchar(200) not null,
    status         varchar(20)  not null,
    assigned_at    timestamptz  not null,
    released_at    timestamptz,
    version        bigint       not null
);
create unique index mentorship_active on mentorship (project_id, profile_id) where status = 'ACTIVE';
create index mentorship_project on mentorship (project_id, assigned_at);
create index mentorship_subject on mentorship (mentor_subject, status);

-- Funding as it happens (funding's AwardGranted, TrancheReleased, TrancheCancelled)
create table award (
    id                     uuid          primary key,
    project_id             uuid          not null references project (id),
    call_id                uuid          not null,
    funder_organisation_id uuid          not null,
    amount                 numeric(15,2) not null,
    currency               varchar(3)    not null,
    granted_at             timestamptz   not null
);
create index award_project on award (project_id, granted_at);

create table milestone (
    id                     uuid          primary key,
    project_id             uuid          not null references project (id),
    title                  varchar(200)  not null,
    description            varchar(2000),
    due_date               date          not null,
    status                 varchar(20)   not null,
    evidence               varchar(4000),
    evidence_at            timestamptz,
    evidence_by            varchar(200),
    achieved_on            date,
    verified_by_subject    varchar(200),
    verified_by_profile_id uuid,
    award_id               uuid references award (id),
    tranche_id             uuid,
    version                bigint        not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null
);
create index milestone_project on milestone (project_id, due_date);
create index milestone_overdue on milestone (status, due_date);
create unique index milestone_tranche on milestone (tranche_id) where tranche_id is not null;

create table tranche (
    id           uuid          primary key,
    award_id     uuid          not null references award (id),
    sequence     integer       not null,
    amount       numeric(15,2) not null,
    currency     varchar(3)    not null,
    milestone_id uuid          not null,
    status       varchar(20)   not null,
    changed_at   timestamptz,
    reason       text
);
create index tranche_award on tranche (award_id, sequence);

-- Service requests from a project to a provider organisation
create table service_request (
    id                       uuid          primary key,
    project_id               uuid          not null references project (id),
    kind                     varchar(30)   not null,
    provider_organisation_id uuid          not null,
    description              varchar(2000) not null,
    status                   varchar(20)   not null,
    respond_by               timestamptz   not null,
    responded_at             timestamptz,
    completed_at             timestamptz,
    outcome                  varchar(2000),
    decline_reason           varchar(2000),
    requested_by             varchar(200)  not null,
    version                  bigint        not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null
);
create index service_request_provider on service_request (provider_organisation_id, status, respond_by);
create index service_request_project on service_request (project_id, created_at);
create index service_request_status on service_request (status, created_at);
create index service_request_kind on service_request (kind, created_at);

-- Pioneer park: spaces and allocations; allocated never exceeds capacity (check and conditional update)
create table park_space (
    id        uuid         primary key,
    name      varchar(200) not null,
    kind      varchar(20)  not null,
    capacity  integer      not null check (capacity between 1 and 1000),
    allocated integer      not null,
    version   bigint       not null,
    created_at timestamptz not null,
    constraint park_space_not_over_allocated check (allocated between 0 and capacity)
);
create unique index park_space_name on park_space (lower(name));
create index park_space_kind on park_space (kind, name);

create table park_allocation (
    id           uuid        primary key,
    space_id     uuid        not null references park_space (id),
    project_id   uuid        not null references project (id),
    status       varchar(20) not null,
    allocated_at timestamptz not null,
    released_at  timestamptz,
    version      bigint      not null
);
create unique index park_allocation_active on park_allocation (space_id, project_id) where status = 'ACTIVE';
create index park_allocation_project on park_allocation (project_id, allocated_at);

-- Entrepreneurship training events and registrations (never over capacity)
create table training_event (
    id                uuid          primary key,
    title             varchar(200)  not null,
    kind              varchar(20)   not null,
    description       varchar(2000),
    speaker_profile_id uuid,
    starts_at         timestamptz   not null,
    capacity          integer       not null check (capacity between 1 and 10000),
    registered        integer       not null,
    version           bigint        not null,
    created_at        timestamptz   not null,
    constraint training_event_not_over_capacity check (registered between 0 and capacity)
);
create index training_event_starts on training_event (starts_at);
create index training_event_kind on training_event (kind, starts_at);

create table training_registration (
    id            uuid         primary key,
    event_id      uuid         not null references training_event (id),
    subject       varchar(200) not null,
    registered_at timestamptz  not null
);
create unique index training_registration_once on training_registration (event_id, subject);

-- Impact per project and month, for reporting
create table impact_metric (
    project_id uuid          not null references project (id),
    month      varchar(7)    not null,
    revenue    numeric(15,2) not null,
    currency   varchar(3)    not null,
    jobs       integer       not null,
    customers  integer       not null,
    version    bigint        not null,
    updated_at timestamptz   not null,
    primary key (project_id, month)
);
