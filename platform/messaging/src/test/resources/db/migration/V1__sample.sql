-- The sample consumer's replica of venues, and the scores it books: one row per application of an event, with no
-- unique key on purpose, so an event applied twice would show as two rows
create table venue (
    id             uuid        primary key,
    name           text        not null,
    capacity       integer     check (capacity >= 0),
    source_version bigint      not null,
    updated_at     timestamptz not null
);

create table score (
    event_id varchar(200) not null,
    venue_id uuid         not null,
    points   integer      not null
);
