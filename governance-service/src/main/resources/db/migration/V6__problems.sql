-- Problems raised at a committee and escalated up the tiers; committee_id is where the problem sits now
create table problem (
    id                      uuid         primary key,
    title                   varchar(300) not null,
    description             text         not null,
    severity                varchar(10)  not null,
    status                  varchar(12)  not null,
    origin_committee_id     uuid         not null references committee (id),
    committee_id            uuid         not null references committee (id),
    tier                    varchar(10)  not null,
    raising_organisation_id uuid         not null references organisation (id),
    raised_by               varchar(200) not null,
    raised_at               timestamptz  not null,
    -- when the problem reached its current committee: the escalation deadline counts from here
    arrived_at              timestamptz  not null,
    resolution_note         text,
    resolved_at             timestamptz,
    resolved_by             varchar(200),
    version                 bigint       not null,
    updated_at              timestamptz  not null
);
create index problem_committee on problem (committee_id, status, raised_at);
create index problem_waiting on problem (arrived_at) where status in ('OPEN', 'ESCALATED');

-- Every committee a problem passed, in order: where it was raised, then one row per escalation
create table problem_step (
    problem_id           uuid         not null references problem (id),
    seq                  integer      not null,
    committee_id         uuid         not null references committee (id),
    tier                 varchar(10)  not null,
    arrived_at           timestamptz  not null,
    from_committee_id    uuid references committee (id),
    from_tier            varchar(10),
    actor                varchar(200) not null,
    actor_organisation_id uuid,
    automatic            boolean      not null,
    reason               text,
    primary key (problem_id, seq)
);
