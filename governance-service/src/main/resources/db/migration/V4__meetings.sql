-- Meetings of a committee: agenda, attendance and minutes. The lifecycle is enforced in Meeting (Java); the checks
-- below only keep rows that can never be valid out of the table.
create table meeting (
    id                   uuid         primary key,
    committee_id         uuid         not null references committee (id),
    kind                 varchar(30)  not null,
    title                varchar(300) not null,
    starts_at            timestamptz  not null,
    ends_at              timestamptz  not null,
    location             varchar(300),
    link                 varchar(500),
    visibility           varchar(10)  not null,
    status               varchar(20)  not null,
    minutes              text,
    minutes_final        boolean      not null default false,
    minutes_finalised_at timestamptz,
    started_at           timestamptz,
    closed_at            timestamptz,
    cancelled_at         timestamptz,
    cancellation_reason  varchar(1000),
    version              bigint       not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    constraint meeting_ends_after_start check (ends_at > starts_at),
    constraint meeting_has_place check (location is not null or link is not null)
);
create index meeting_committee on meeting (committee_id, starts_at);

create table meeting_agenda_item (
    meeting_id       uuid         not null references meeting (id) on delete cascade,
    item_order       integer      not null,
    title            varchar(300) not null,
    duration_minutes integer      not null check (duration_minutes > 0),
    primary key (meeting_id, item_order)
);

create table meeting_attendance (
    id              uuid         primary key,
    meeting_id      uuid         not null references meeting (id),
    organisation_id uuid         not null references organisation (id),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(200) not null,
    -- an organisation attends a meeting once; concurrent duplicates fail here and are answered with a 409
    constraint meeting_attendance_once unique (meeting_id, organisation_id)
);
