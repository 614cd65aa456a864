-- Resolutions of a committee, the ballots on them and the follow-up actions of adopted ones.
create table resolution (
    id                         uuid         primary key,
    committee_id               uuid         not null references committee (id),
    meeting_id                 uuid references meeting (id),
    title                      varchar(300) not null,
    text                       text         not null,
    kind                       varchar(30)  not null,
    proposing_organisation_id  uuid         not null references organisation (id),
    school_id                  uuid references organisation (id),
    course_or_programme        varchar(300),
    status                     varchar(20)  not null,
    voting_opened_at           timestamptz,
    decided_at                 timestamptz,
    -- the tally is written when voting closes and never before (it stays hidden while the ballot is open)
    votes_for                  integer,
    votes_against              integer,
    votes_abstain              integer,
    quorum                     integer,
    current_members            integer,
    version                    bigint       not null,
    created_at                 timestamptz  not null,
    updated_at                 timestamptz  not null,
    constraint resolution_curriculum_target check (kind <> 'CURRICULUM_REVISION'
        or (school_id is not null and course_or_programme is not null))
);
create index resolution_committee on resolution (committee_id, status, created_at);

create table resolution_vote (
    id              uuid         primary key,
    resolution_id   uuid         not null references resolution (id),
    organisation_id uuid         not null references organisation (id),
    choice          varchar(10)  not null,
    cast_at         timestamptz  not null,
    cast_by         varchar(200) not null,
    -- one vote per organisation: concurrent second votes fail here and are answered with a 409
    constraint resolution_vote_once unique (resolution_id, organisation_id)
);

create table action_item (
    id                        uuid         primary key,
    resolution_id             uuid         not null references resolution (id),
    title                     varchar(300) not null,
    assignee_organisation_id  uuid         not null references organisation (id),
    due_date                  date         not null,
    status                    varchar(20)  not null,
    completed_at              timestamptz,
    version                   bigint       not null,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null
);
create index action_item_resolution on action_item (resolution_id, due_date);
create index action_item_assignee on action_item (assignee_organisation_id);
