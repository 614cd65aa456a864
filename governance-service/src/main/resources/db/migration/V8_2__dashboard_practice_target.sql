-- A school's own yearly enterprise-practice target per teacher (talent's PracticeTargetSet); without a row, the
-- configured default (helix.governance.dashboard.practice-target-hours) applies
create table dashboard_practice_target (
    school_id    uuid        primary key,
    target_hours integer     not null check (target_hours >= 0),
    as_of        timestamptz not null
);
