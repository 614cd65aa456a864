-- Audit trail of every change (platform/web/audit/AuditTrail).
create table audit_record (
    id bigserial primary key, occurred_at timestamptz not null, subject varchar(200) not null,
    organisation_id uuid, client_id varchar(200), resource_type varchar(60) not null,
    resource_id varchar(100) not null, action varchar(60) not null, before_state text, after_state text,
    request_id varchar(200));
create index audit_record_resource on audit_record (resource_type, resource_id, id);

-- The skills vocabulary: what courses teach and what demand signals ask for.
create table skill (
    id          uuid         primary key,
    name        varchar(200) not null,
    category    varchar(20)  not null,
    sector      varchar(100) not null,
    description varchar(2000),
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create unique index skill_name_sector on skill (lower(name), lower(sector));
create index skill_sector on skill (sector, name);
create index skill_category on skill (category, name);

-- Programmes (majors) of a school in an industry at a level.
create table programme (
    id          uuid         primary key,
    school_id   uuid         not null,
    name        varchar(200) not null,
    industry    varchar(100) not null,
    level       varchar(30)  not null,
    description varchar(2000),
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create unique index programme_school_name on programme (school_id, lower(name));
create index programme_industry on programme (industry, name);
create index programme_level on programme (level, name);

-- A course: its current published content (the latest version) and its status. Versions are immutable rows below.
create table course (
    id              uuid         primary key,
    programme_id    uuid         not null references programme (id),
    school_id       uuid         not null,
    code            varchar(40)  not null,
    title           varchar(200) not null,
    type            varchar(30)  not null,
    credits         numeric(4,1) not null,
    status          varchar(20)  not null,
    -- the skills of the current version, as shown; course_skill below holds the same for the gap query's join
    skill_ids       uuid[]       not null,
    current_version int          not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create unique index course_school_code on course (school_id, lower(code));
create index course_programme on course (programme_id, code);
create index course_type on course (type, code);
create index course_status on course (status, code);

-- A published course version: written once, never updated (no statement of the service updates this table).
create table course_version (
    course_id    uuid         not null references course (id),
    number       int          not null,
    title        varchar(200) not null,
    type         varchar(30)  not null,
    credits      numeric(4,1) not null,
    skill_ids    uuid[]       not null,
    retired      boolean      not null,
    revision_id  uuid,
    published_at timestamptz  not null,
    published_by varchar(200) not null,
    primary key (course_id, number)
);

-- The skills the current version of each course teaches (what the gap query joins).
create table course_skill (
    course_id uuid not null references course (id),
    skill_id  uuid not null references skill (id),
    primary key (course_id, skill_id)
);
create index course_skill_skill on course_skill (skill_id, course_id);

-- Who may teach: talent's profiles (teachers of a school, experts of an enterprise), kept from its events.
create table teacher_profile (
    id               uuid         primary key,
    kind             varchar(20)  not null,
    organisation_id  uuid         not null,
    person_subject   text,
    display_name     text         not null,
    source_version   bigint       not null,
    updated_at       timestamptz  not null
);

-- Experts' part-time teaching at a host school, from talent's AppointmentActivated/Completed/Terminated.
create table teaching_appointment (
    id                   uuid        primary key,
    profile_id           uuid        not null,
    host_organisation_id uuid        not null,
    active               boolean     not null,
    ended_on             date,
    updated_at           timestamptz not null
);
create index teaching_appointment_eligibility on teaching_appointment (profile_id, host_organisation_id) where active;

-- Published evaluation results per section, from talent's EvaluationPublished (the latest one per section wins).
create table teacher_rating (
    section_id    uuid          primary key,
    profile_id    uuid          not null,
    term          varchar(11)   not null,
    responses     int           not null,
    average_score numeric(4,2)  not null,
    published_at  timestamptz   not null
);
create index teacher_rating_profile on teacher_rating (profile_id);

-- An offering of a course in a term, with sections each taught by one teacher.
create table offering (
    id         uuid        primary key,
    course_id  uuid        not null references course (id),
    school_id  uuid        not null,
    term       varchar(11) not null,
    course_version int     not null,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create unique index offering_course_term on offering (course_id, term);
create index offering_school_term on offering (school_id, term);
create index offering_term on offering (term, created_at);

create table section (
    id                 uuid         primary key,
    offering_id        uuid         not null references offering (id),
    -- the course as offered (the version of the offering), copied so a section is read in one row
    course_id          uuid         not null,
    course_code        varchar(40)  not null,
    course_title       varchar(200) not null,
    school_id          uuid         not null,
    term               varchar(11)  not null,
    label              varchar(100) not null,
    teacher_profile_id uuid         not null,
    teacher_subject    text,
    teacher_name       text         not null,
    capacity           int          not null check (capacity between 1 and 500),
    -- never more enrolled than seats: the database refuses it even if the service were wrong
    enrolled           int          not null check (enrolled >= 0 and enrolled <= capacity),
    schedule           varchar(200),
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);
create unique index section_offering_label on section (offering_id, lower(label));
create index section_teacher on section (teacher_profile_id, term);
create index section_school_term on section (school_id, term);
create index section_course on section (course_id, term);

-- A student's enrolment in a section; one ENROLLED section per student per offering, enforced by this index.
create table enrolment (
    id              uuid         primary key,
    section_id      uuid         not null references section (id),
    offering_id     uuid         not null references offering (id),
    school_id       uuid         not null,
    term            varchar(11)  not null,
    student_subject varchar(200) not null,
    status          varchar(20)  not null,
    enrolled_at     timestamptz  not null,
    ended_at        timestamptz,
    version         bigint       not null,
    updated_at      timestamptz  not null
);
create unique index enrolment_one_section_per_offering on enrolment (offering_id, student_subject)
    where status = 'ENROLLED';
create index enrolment_section on enrolment (section_id, enrolled_at);
create index enrolment_student on enrolment (student_subject, enrolled_at);
create index enrolment_school on enrolment (school_id, enrolled_at);
