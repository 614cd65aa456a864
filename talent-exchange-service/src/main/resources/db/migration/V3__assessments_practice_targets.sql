-- The host's assessment of an appointment, once per period.
create table assessment (
    id              uuid          primary key,
    appointment_id  uuid          not null references appointment (id),
    profile_id      uuid          not null references profile (id),
    period          varchar(10)   not null,
    score           integer       not null,
    outcome         varchar(20)   not null,
    comment         varchar(4000),
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null,
    constraint assessment_score check (score between 0 and 100),
    constraint assessment_once_per_period unique (appointment_id, period)
);
create index assessment_profile on assessment (profile_id, recorded_at);

-- A school's yearly enterprise-practice target per teacher (hours); without a row the configured default applies.
create table school_practice_target (
    school_id     uuid        primary key,
    target_hours  integer     not null,
    version       bigint      not null,
    updated_at    timestamptz not null,
    constraint school_practice_target_hours check (target_hours between 0 and 2000)
);
