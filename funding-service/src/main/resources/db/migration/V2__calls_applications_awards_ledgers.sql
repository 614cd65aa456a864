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

-- Incubation's projects as this service needs them (ProjectSubmitted/Admitted/Declined/Graduated/Discontinued):
-- only an INCUBATING project may be the target of an application or have a tranche released.
create table project (
    id                uuid        primary key,
    title             text        not null,
    school_id         uuid        not null,
    team_lead_subject text        not null,
    status            varchar(20) not null,
    updated_at        timestamptz not null
);

-- Funding calls. Money is numeric(15,2): 13 digits before the point, exact to the cent.
-- committed = what awards hold in pending tranches; released = what released tranches paid out;
-- remaining = budget - committed - released, never below zero (checked with the call's row locked).
create table funding_call (
    id                       uuid          primary key,
    funder_organisation_id   uuid          not null,
    funder_type              varchar(40)   not null,
    title                    varchar(200)  not null,
    description              text,
    budget                   numeric(15,2) not null,
    currency                 char(3)       not null,
    money_kind               varchar(20)   not null,
    loan_rate_percent        numeric(5,2),
    loan_term_months         integer,
    target_kind              varchar(20)   not null,
    eligible_applicant_types text[]        not null,
    opens_on                 date          not null,
    closes_on                date          not null,
    max_award                numeric(15,2) not null,
    review_threshold         numeric(3,2)  not null,
    committed                numeric(15,2) not null default 0,
    released                 numeric(15,2) not null default 0,
    status                   varchar(20)   not null,
    closed_at                timestamptz,
    version                  bigint        not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    constraint funding_call_never_over_committed check (committed >= 0 and released >= 0
        and committed + released <= budget)
);
create index funding_call_funder on funding_call (funder_organisation_id, created_at);
create index funding_call_status on funding_call (status, closes_on);
create index funding_call_target_kind on funding_call (target_kind, created_at);

-- Governance's FUNDING_RECOMMENDATION resolutions naming a call (by its id in the resolution's text).
create table call_recommendation (
    call_id       uuid         not null references funding_call (id),
    resolution_id uuid         not null,
    committee_id  uuid         not null,
    title         text         not null,
    adopted_at    timestamptz  not null,
    primary key (call_id, resolution_id)
);

create table application (
    id                          uuid          primary key,
    call_id                     uuid          not null references funding_call (id),
    funder_organisation_id      uuid          not null,
    applicant_organisation_id   uuid          not null,
    target_kind                 varchar(20)   not null,
    target_id                   uuid          not null,
    title                       varchar(200)  not null,
    summary                     text          not null,
    requested_amount            numeric(15,2) not null,
    status                      varchar(20)   not null,
    submitted_by                varchar(200)  not null,
    decision_reason             text,
    decided_at                  timestamptz,
    version                     bigint        not null,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null
);
create index application_call on application (call_id, created_at);
create index application_applicant on application (applicant_organisation_id, created_at);
create index application_funder on application (funder_organisation_id, created_at);
create index application_target on application (target_id);
create index application_status on application (status, created_at);
-- one live application per call and target
create unique index application_live_target on application (call_id, target_id)
    where status in ('SUBMITTED', 'UNDER_REVIEW', 'AWARDED');

create table application_reviewer (
    application_id           uuid         not null references application (id),
    reviewer_subject         varchar(200) not null,
    reviewer_organisation_id uuid         not null,
    assigned_at              timestamptz  not null,
    assigned_by              varchar(200) not null,
    primary key (application_id, reviewer_subject)
);
create index application_reviewer_subject on application_reviewer (reviewer_subject);

create table review (
    id                       uuid         primary key,
    application_id           uuid         not null references application (id),
    reviewer_subject         varchar(200) not null,
    reviewer_organisation_id uuid,
    relevance                smallint     not null,
    feasibility              smallint     not null,
    impact                   smallint     not null,
    value_for_money          smallint     not null,
    comment                  text,
    no_conflict_declared     boolean      not null,
    submitted_at             timestamptz  not null,
    unique (application_id, reviewer_subject)
);

create table award (
    id                        uuid          primary key,
    application_id            uuid          not null unique references application (id),
    call_id                   uuid          not null references funding_call (id),
    funder_organisation_id    uuid          not null,
    applicant_organisation_id uuid          not null,
    target_kind               varchar(20)   not null,
    target_id                 uuid          not null,
    amount                    numeric(15,2) not null,
    currency                  char(3)       not null,
    status                    varchar(20)   not null,
    suspend_reason            text,
    granted_at                timestamptz   not null,
    granted_by                varchar(200)  not null,
    version                   bigint        not null,
    updated_at                timestamptz   not null
);
create index award_call on award (call_id, granted_at);
create index award_funder on award (funder_organisation_id, granted_at);
create index award_applicant on award (applicant_organisation_id, granted_at);
create index award_target on award (target_id);

create table tranche (
    id              uuid          primary key,
    award_id        uuid          not null references award (id),
    sequence        integer       not null,
    amount          numeric(15,2) not null,
    milestone_title varchar(200)  not null,
    due_date        date          not null,
    status          varchar(20)   not null,
    milestone_id    uuid,
    released_at     timestamptz,
    cancelled_at    timestamptz,
    cancel_reason   text,
    unique (award_id, sequence)
);

-- One disbursement per released tranche: the payment record.
create table disbursement (
    id                     uuid          primary key,
    tranche_id             uuid          not null unique references tranche (id),
    award_id               uuid          not null references award (id),
    payee_organisation_id  uuid          not null,
    amount                 numeric(15,2) not null,
    currency               char(3)       not null,
    milestone_id           uuid,
    disbursed_at           timestamptz   not null
);
create index disbursement_award on disbursement (award_id);

-- A release refused by a named check, with the reason: the funder sees why a milestone released nothing.
create table release_check_failure (
    id           bigserial    primary key,
    award_id     uuid,
    tranche_id   uuid,
    milestone_id uuid         not null,
    event_id     varchar(200) not null,
    check_name   varchar(40)  not null,
    reason       text         not null,
    occurred_at  timestamptz  not null
);
create index release_check_failure_award on release_check_failure (award_id, id);

-- Risk/benefit ledgers, one per signed cooperation agreement (governance's AgreementSigned).
create table ledger (
    id              uuid         primary key,
    agreement_id    uuid         not null unique,
    title           text         not null,
    agreement_kind  varchar(40)  not null,
    currency        char(3)      not null,
    status          varchar(20)  not null,
    opened_at       timestamptz  not null,
    settled_at      timestamptz,
    settle_reason   text,
    version         bigint       not null
);

create table ledger_party (
    ledger_id           uuid          not null references ledger (id),
    position            integer       not null,
    organisation_id     uuid          not null,
    risk_share          numeric(5,2)  not null,
    benefit_share       numeric(5,2)  not null,
    pledged             text          not null,
    pledged_amount      numeric(15,2),
    final_balance       numeric(16,2),
    primary key (ledger_id, position),
    unique (ledger_id, organisation_id)
);
create index ledger_party_organisation on ledger_party (organisation_id);

create table ledger_entry (
    id                    uuid          primary key,
    ledger_id             uuid          not null references ledger (id),
    kind                  varchar(20)   not null,
    contribution_kind     varchar(20),
    organisation_id       uuid,
    amount                numeric(15,2) not null,
    description           varchar(2000) not null,
    occurred_on           date          not null,
    posted_at             timestamptz   not null,
    posted_by             varchar(200)  not null
);
create index ledger_entry_ledger on ledger_entry (ledger_id, posted_at);

create table ledger_allocation (
    entry_id        uuid          not null references ledger_entry (id),
    position        integer       not null,
    organisation_id uuid          not null,
    amount          numeric(15,2) not null,
    primary key (entry_id, position)
);

-- Talent exchange's appointments (AppointmentActivated/Completed/Terminated): an ACTIVE one may be the target of an
-- application by its home or host organisation.
create table appointment (
    id                   uuid        primary key,
    kind                 varchar(40) not null,
    home_organisation_id uuid        not null,
    host_organisation_id uuid        not null,
    active               boolean     not null,
    updated_at           timestamptz not null
);
