-- A school's skill gaps, ranked (SkillGaps.java runs it; deploy/bench/gap-bench.sh measures this very file).
-- Named parameters: school, today, per (people one course covers), limit, offset; the filters marker below becomes
-- the optional sector and skill conditions.
with live as (
    -- the live signals aimed at the school, at its region, or at every school (each arm has an index of V4)
    select d.skill_id, d.sector, d.headcount from demand_signal d
    where d.school_id = :school and d.expires_on >= :today
    union all
    select d.skill_id, d.sector, d.headcount from demand_signal d
    join organisation o on o.id = :school and d.region = o.region
    where d.school_id is null and d.expires_on >= :today
    union all
    select d.skill_id, d.sector, d.headcount from demand_signal d
    where d.school_id is null and d.region is null and d.expires_on >= :today),
demand as (
    -- sums and counts only (a hash aggregate): who is behind a line is looked up for the lines of the page alone
    select skill_id, sector, sum(headcount) as demand, count(*) as signals
    from live where 1 = 1 /*filters*/
    group by skill_id, sector),
coverage as (
    -- the skills the school's ACTIVE courses teach now (course_skill holds the current version's)
    select cs.skill_id, count(*) as courses from course c join course_skill cs on cs.course_id = c.id
    where c.school_id = :school and c.status = 'ACTIVE' group by cs.skill_id),
ranked as (
    select d.skill_id, k.name, d.sector, d.demand, d.signals, coalesce(c.courses, 0) as courses,
           coalesce(c.courses, 0) * :per as coverage,
           greatest(d.demand - coalesce(c.courses, 0) * :per, 0) as gap, count(*) over () as total
    from demand d join skill k on k.id = d.skill_id left join coverage c on c.skill_id = d.skill_id
    order by gap desc, d.demand desc, k.name, d.sector
    limit :limit offset :offset)
select r.skill_id, r.name, r.sector, r.demand, r.signals,
       (select string_agg(distinct cast(s.organisation_id as varchar), ',') from demand_signal s
        join organisation o on o.id = :school
        where s.skill_id = r.skill_id and s.sector = r.sector and s.expires_on >= :today
          and (s.school_id = :school or (s.school_id is null and (s.region is null or s.region = o.region))))
           as organisations,
       r.courses, r.coverage, r.gap, r.total
from ranked r
order by r.gap desc, r.demand desc, r.name, r.sector
