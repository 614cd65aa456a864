-- Versioned rule documents: each version is a row; a series groups the versions of one regulation
create table regulation (
    id             uuid         primary key,
    committee_id   uuid         not null references committee (id),
    series_id      uuid         not null,
    version_number integer      not null,
    title          varchar(300) not null,
    body           text         not null,
    effective_from date         not null,
    superseded_by  uuid references regulation (id) deferrable initially deferred,
    created_at     timestamptz  not null,
    unique (series_id, version_number)
);
create index regulation_committee on regulation (committee_id, series_id);
-- one current (not superseded) version per regulation
create unique index regulation_current_version on regulation (series_id) where superseded_by is null;
