-- Skill demand signals from enterprises and associations: how many people with a skill they need, within a horizon,
-- aimed at one school or at the schools of a region (or at every school when neither is given).
create table demand_signal (
    id              uuid         primary key,
    organisation_id uuid         not null,
    skill_id        uuid         not null references skill (id),
    sector          varchar(100) not null,
    headcount       int          not null check (headcount between 1 and 100000),
    horizon_months  int          not null check (horizon_months between 1 and 60),
    school_id       uuid,
    region          varchar(200),
    source          varchar(200) not null,
    posted_at       timestamptz  not null,
    -- a signal counts until its horizon has passed
    expires_on      date         not null
);
-- the gap query reads the live signals of one skill/sector aimed at a school, at its region or at everyone: each
-- index serves one arm and carries what the aggregation sums, so it is answered from the index
create index demand_signal_school on demand_signal (school_id, expires_on) include (skill_id, sector, headcount, organisation_id);
create index demand_signal_region on demand_signal (region, expires_on) include (skill_id, sector, headcount, organisation_id)
    where school_id is null;
create index demand_signal_skill on demand_signal (skill_id, expires_on);
create index demand_signal_organisation on demand_signal (organisation_id, posted_at);
create index demand_signal_posted on demand_signal (posted_at);
create index course_school on course (school_id) where status = 'ACTIVE';
create index organisation_type on organisation (type);

-- Gaps announced (SkillGapDetected) and not yet closed, so a gap is announced once when it crosses the threshold.
create table skill_gap_alert (
    school_id   uuid         not null,
    skill_id    uuid         not null,
    sector      varchar(100) not null,
    gap         int          not null,
    detected_at timestamptz  not null,
    primary key (school_id, skill_id, sector)
);
