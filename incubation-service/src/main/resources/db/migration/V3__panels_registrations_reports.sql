-- The screening panel of a project: experts and teachers assigned by the school's side; only they see the project
-- while it is SCREENING and only they review it. One seat per person and project.
create table screening_panel_member (
    id               uuid         primary key,
    project_id       uuid         not null references project (id),
    profile_id       uuid         not null,
    reviewer_subject varchar(200) not null,
    reviewer_name    varchar(200) not null,
    kind             varchar(20)  not null,
    assigned_by      varchar(200) not null,
    assigned_at      timestamptz  not null
);
create unique index screening_panel_seat on screening_panel_member (project_id, reviewer_subject);
create unique index screening_panel_profile on screening_panel_member (project_id, profile_id);
-- who sees which SCREENING project (the list scope's subquery)
create index screening_panel_reviewer on screening_panel_member (reviewer_subject, project_id);

-- Training events know who organised them (the organiser and admin list the registrations); events created before
-- this migration have none recorded and are the secretariat's.
alter table training_event add column organiser_subject varchar(200);
alter table training_event add column organiser_organisation_id uuid;

-- A registration is cancelled by its participant (the place is given back); one active registration per person
alter table training_registration add column status varchar(20) not null default 'REGISTERED';
alter table training_registration add column cancelled_at timestamptz;
alter table training_registration alter column status drop default;
drop index training_registration_once;
create unique index training_registration_once on training_registration (event_id, subject)
    where status = 'REGISTERED';
create index training_registration_event on training_registration (event_id, registered_at, id);
create index training_registration_subject on training_registration (subject, registered_at, id);

-- The impact report groups monthly metrics by month within a range
create index impact_metric_month on impact_metric (month, project_id);
