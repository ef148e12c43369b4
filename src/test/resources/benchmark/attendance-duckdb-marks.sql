-- Persistent and severe absence as at a day, from the marks themselves (one row per session, exported to Parquet
-- from PostgreSQL): every pupil's possible, absent, unauthorised and approved sessions up to the day, their flags,
-- summed into cells and the cells into the same groups as the attendance module's query (AnalysisQuery.GROUPS_SQL).
-- The benchmark replaces :marks and :day.
with counted as (
    select m.enrolment_id,
        count(*) filter (where c.possible) as possible,
        count(*) filter (where c.absent) as absent,
        count(*) filter (where c.unauthorised) as unauthorised,
        count(*) filter (where c.approved) as approved
    from read_parquet(:marks) m join code c on c.id = m.code
    where m.on_date between DATE '2024-08-01' and :day
    group by m.enrolment_id
), pupil as (
    select e.urn, s.phase, s.district, e.year_group, e.free_school_meals, e.sen_provision,
        e.english_additional_language, e.child_in_care, p.possible, p.absent, p.unauthorised, p.approved
    from counted p join enrolment e on e.id = p.enrolment_id join school s on s.urn = e.urn
    where s.la_code = 999
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
