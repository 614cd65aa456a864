-- Who may evaluate which section, from curriculum's StudentEnrolled/StudentWithdrew. The student is named only by a
-- keyed hash (HMAC-SHA256 with helix.talent.evaluations.pseudonym-key) of their subject: enough to let them evaluate
-- once, useless for telling who they are. Whether they evaluated is a flag; nothing links it to an answer.
create table evaluation_eligibility (
    section_id          uuid        not null,
    student_key         char(64)    not null,
    school_id           uuid        not null,
    term                varchar(20) not null,
    teacher_profile_id  uuid        not null,
    withdrawn           boolean     not null,
    evaluated           boolean     not null,
    primary key (section_id, student_key)
);

-- The answers: scores per criterion and an optional comment, with no student, no time and no order of arrival.
create table evaluation_response (
    id                   uuid          primary key,
    section_id           uuid          not null,
    teacher_profile_id   uuid          not null,
    school_id            uuid          not null,
    term                 varchar(20)   not null,
    clarity              smallint      not null check (clarity between 1 and 5),
    preparation          smallint      not null check (preparation between 1 and 5),
    engagement           smallint      not null check (engagement between 1 and 5),
    fairness             smallint      not null check (fairness between 1 and 5),
    practical_relevance  smallint      not null check (practical_relevance between 1 and 5),
    comment              varchar(2000)
);
create index evaluation_response_section on evaluation_response (section_id);

-- A section's published result (once it has enough responses), kept up to date as more arrive.
create table evaluation_result (
    section_id           uuid          primary key,
    teacher_profile_id   uuid          not null,
    school_id            uuid          not null,
    term                 varchar(20)   not null,
    responses            integer       not null,
    average_score        numeric(4,2)  not null,
    clarity              numeric(4,2)  not null,
    preparation          numeric(4,2)  not null,
    engagement           numeric(4,2)  not null,
    fairness             numeric(4,2)  not null,
    practical_relevance  numeric(4,2)  not null,
    published_at         timestamptz   not null
);
create index evaluation_result_school_term on evaluation_result (school_id, term, average_score desc);
create index evaluation_result_teacher on evaluation_result (teacher_profile_id);
