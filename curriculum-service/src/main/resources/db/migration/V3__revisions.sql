-- Revisions of the catalogue: ADD a course, MODIFY or RETIRE one; DRAFT → UNDER_REVIEW → APPROVED → PUBLISHED.
create table revision (
    id                uuid         primary key,
    school_id         uuid         not null,
    change            varchar(10)  not null,
    course_id         uuid         references course (id),
    programme_id      uuid         references programme (id),
    -- governance's resolution that asked for it (flow 2); one revision per resolution
    resolution_id     uuid,
    subject           varchar(500) not null,
    rationale         varchar(4000),
    code              varchar(40),
    title             varchar(200),
    type              varchar(30),
    credits           numeric(4,1),
    skill_ids         uuid[],
    status            varchar(20)  not null,
    published_version int,
    submitted_at      timestamptz,
    approved_at       timestamptz,
    published_at      timestamptz,
    version           bigint       not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create unique index revision_resolution on revision (resolution_id) where resolution_id is not null;
create index revision_school on revision (school_id, created_at);
create index revision_status on revision (status, created_at);
create index revision_course on revision (course_id, created_at);
create index revision_created on revision (created_at);

-- Review comments: written once, never changed or deleted (no statement of the service updates this table).
create table review_comment (
    id          uuid          primary key,
    revision_id uuid          not null references revision (id),
    author      varchar(200)  not null,
    author_organisation_id uuid,
    text        varchar(4000) not null,
    -- the revision's status when the comment was written (a request for changes is a comment too)
    on_status   varchar(20)   not null,
    written_at  timestamptz   not null
);
create index review_comment_revision on review_comment (revision_id, written_at);
