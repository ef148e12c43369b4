-- Persistent and severe absence as at a day, from the same weekly rows PostgreSQL reads (running totals before the
-- week and the week's masks, exported to Parquet): the attendance module's query (AnalysisQuery.GROUPS_SQL) in
-- DuckDB's dialect. The benchmark replaces :weeks, :monday and :slots.
with pupil as (
    select e.urn, s.phase, s.district, e.year_group, e.free_school_meals, e.sen_provision,
        e.english_additional_language, e.child_in_care,
        w.possible_before + bit_count(w.possible_mask & :slots) as possible,
        w.absent_before + bit_count(w.absent_mask & :slots) as absent,
        w.unauthorised_before + bit_count(w.unauthorised_mask & :slots) as unauthorised,
        w.approved_before + bit_count(w.approved_mask & :slots) as approved
    from read_parquet(:weeks) w join enrolment e on e.id = w.enrolment_id join school s on s.urn = e.urn
    where w.week_start = :monday and s.la_code = 999
), cell as (
    select urn, phase, district, year_group, free_school_meals, sen_provision, english_additional_language,
        child_in_care, count(*) as pupils, sum(possible) as possible, sum(absent) as absent,
        sum(unauthorised) as unauthorised, sum(approved) as approved,
        count(*) filter (where absent * 10 >= possible) as persistent,
        count(*) filter (where absent * 2 >= possible) as severe
    from pupil where possible > 0
    group by urn, phase, district, year_group, free_school_meals, sen_provision, english_additional_language,
        child_in_care
)
select grouping(urn, phase, district, year_group, free_school_meals, sen_provision, english_additional_language,
        child_in_care) as grouped,
    coalesce(cast(urn as varchar), phase, district, year_group, cast(free_school_meals as varchar), sen_provision,
        cast(english_additional_language as varchar), cast(child_in_care as varchar)) as key,
    sum(pupils) as pupils, sum(possible) as possible, sum(absent) as absent, sum(unauthorised) as unauthorised,
    sum(approved) as approved, sum(persistent) as persistent, sum(severe) as severe
from cell
group by grouping sets ((), (urn), (phase), (district), (year_group), (free_school_meals), (sen_provision),
    (english_additional_language), (child_in_care))
