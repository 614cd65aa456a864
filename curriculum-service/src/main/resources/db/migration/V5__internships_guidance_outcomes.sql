-- Training and internship bases at enterprises, and students' internships there.
create table training_base (
    id            uuid         primary key,
    enterprise_id uuid         not null,
    school_id     uuid,
    name          varchar(200) not null,
    capacity      int          not null check (capacity between 1 and 10000),
    trains        varchar(2000) not null,
    skill_ids     uuid[]       not null,
    version       bigint       not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create index training_base_enterprise on training_base (enterprise_id, name);
create index training_base_school on training_base (school_id, name);
create index training_base_name on training_base (name);

create table internship (
    id                 uuid         primary key,
    base_id            uuid         references training_base (id),
    host_enterprise_id uuid         not null,
    school_id          uuid         not null,
    student_subject    varchar(200) not null,
    supervisor         varchar(200) not null,
    planned_hours      int          not null,
    hours_completed    int,
    start_date         date         not null,
    end_date           date         not null,
    status             varchar(20)  not null,
    evaluation_score   int,
    evaluation         varchar(4000),
    end_reason         varchar(2000),
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);
create index internship_school on internship (school_id, created_at);
create index internship_host on internship (host_enterprise_id, created_at);
create index internship_student on internship (student_subject, created_at);
create index internship_base on internship (base_id, status);
create index internship_created on internship (created_at);

-- Employment guidance: students' career plans and guidance sessions with teachers.
create table career_plan (
    id                 uuid          primary key,
    school_id          uuid          not null,
    student_subject    varchar(200)  not null,
    goals              varchar(4000) not null,
    target_occupations text[]        not null,
    version            bigint        not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create unique index career_plan_student on career_plan (student_subject);
create index career_plan_school on career_plan (school_id, created_at);

create table guidance_session (
    id               uuid          primary key,
    school_id        uuid          not null,
    student_subject  varchar(200)  not null,
    counsellor       varchar(200)  not null,
    held_on          date          not null,
    topic            varchar(200)  not null,
    notes            varchar(4000),
    created_at       timestamptz   not null
);
create index guidance_session_student on guidance_session (student_subject, held_on);
create index guidance_session_school on guidance_session (school_id, held_on);
create index guidance_session_counsellor on guidance_session (counsellor, held_on);

-- Graduates' outcomes: one per student per programme; the employment rate per school, programme and year.
create table graduate_outcome (
    id                       uuid         primary key,
    school_id                uuid         not null,
    programme_id             uuid         not null references programme (id),
    graduation_year          int          not null check (graduation_year between 1950 and 2200),
    student_subject          varchar(200) not null,
    outcome                  varchar(20)  not null,
    employer_organisation_id uuid,
    employer_name            varchar(200),
    recorded_at              timestamptz  not null,
    version                  bigint       not null
);
create unique index graduate_outcome_student on graduate_outcome (programme_id, student_subject);
create index graduate_outcome_rate on graduate_outcome (school_id, graduation_year, programme_id, outcome);
