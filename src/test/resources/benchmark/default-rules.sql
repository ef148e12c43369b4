-- Schoolscope's default rulebook (src/main/resources/assessment/default-rulebook.yml, version 2026.2) written by
-- hand as ONE PostgreSQL query over the stored register, inspections and figures: the peer `./benchmark what-if`
-- measures the rule engine against. It reads the same rows as FactSheetQuery, InspectionFactsQuery and
-- FigureFactsQuery (open schools; the latest graded inspection; the newest figure per measure, a final figure
-- beating a revised and a provisional one; England's figure for the school's phase where published) and keeps the
-- engine's three-valued logic, which is SQL's: a missing figure is NULL, a comparison with it is unknown, and a
-- rule fires only when its condition is true. SqlRulesAgreementTest checks school by school, on the Birmingham
-- sample, that this query and the engine give the same category, score and fired rules.
--
-- Parameters, bound by name (SqlRules): :la (a council's code, or null for every council), :as_of (the day the
-- months since a graded inspection are counted to), and each rulebook parameter under its own name: a fixed
-- threshold as its number, a quartile as its percentile over 100 (0.25), so a what-if binds a changed threshold.
-- Every row of every import batch is read (the benchmark's database holds one import of each file).
--
-- Rules NOT written here, because no stored data supplies their facts yet (soft intelligence and self-reports are
-- being built; the engine leaves them unchecked, so they fire for no school):
--   leadership-crisis          (soft.leadership_crisis, from soft intelligence)
--   self-reported-vulnerable   (self_reported_vulnerable, from a school's self-report)
-- Every other rule of the default rulebook is written below, under its id.
with scope_school as (
    select s.urn, s.responsible_body,
        case when s.phase is null or btrim(s.phase) = '' then 'Not recorded' else s.phase end as phase
    from school s
    where (s.status is null or s.status not like 'Closed%')
        and (cast(:la as integer) is null or s.la_code = cast(:la as integer))
),
latest_figure as (
    select distinct on (f.urn, f.measure_code) f.urn, f.measure_code, cast(f.value as double precision) as value
    from figure f join scope_school s on s.urn = f.urn
    where f.scope = 'SCHOOL' and f.text_value is null
        and f.measure_code in ('ks2.rwm_expected', 'ks2.reading_progress', 'ks2.writing_progress',
            'ks2.maths_progress', 'ks2.rwm_expected_disadvantaged', 'ks2.rwm_expected_not_disadvantaged',
            'ks4.attainment8', 'ks4.progress8', 'ks4.progress8_disadvantaged_gap', 'absence.persistent_share',
            'absence.overall_rate', 'exclusions.permanent_rate')
    order by f.urn, f.measure_code, f.academic_year desc,
        case f.release_stage when 'FINAL' then 3 when 'REVISED' then 2 else 1 end desc, f.id desc
),
figures as (
    select urn,
        max(value) filter (where measure_code = 'ks2.rwm_expected') as ks2_rwm,
        max(value) filter (where measure_code = 'ks2.reading_progress') as ks2_reading_progress,
        max(value) filter (where measure_code = 'ks2.writing_progress') as ks2_writing_progress,
        max(value) filter (where measure_code = 'ks2.maths_progress') as ks2_maths_progress,
        max(value) filter (where measure_code = 'ks2.rwm_expected_disadvantaged') as ks2_rwm_disadvantaged,
        max(value) filter (where measure_code = 'ks2.rwm_expected_not_disadvantaged') as ks2_rwm_others,
        max(value) filter (where measure_code = 'ks4.attainment8') as ks4_attainment8,
        max(value) filter (where measure_code = 'ks4.progress8') as ks4_progress8,
        max(value) filter (where measure_code = 'ks4.progress8_disadvantaged_gap') as ks4_disadvantaged_gap,
        max(value) filter (where measure_code = 'absence.persistent_share') as persistent_absence,
        max(value) filter (where measure_code = 'absence.overall_rate') as overall_absence,
        max(value) filter (where measure_code = 'exclusions.permanent_rate') as permanent_exclusions
    from latest_figure
    group by urn
),
-- England's newest figure per measure and breakdown; the breakdowns per school type stand for a phase.
england as (
    select distinct on (f.measure_code, f.breakdown) f.measure_code,
        case f.breakdown when '' then null when 'State-funded primary' then 'Primary'
            when 'State-funded secondary' then 'Secondary' end as phase,
        f.breakdown, cast(f.value as double precision) as value
    from figure f
    where f.scope = 'ENGLAND' and f.text_value is null
        and f.measure_code in ('absence.persistent_share', 'absence.overall_rate')
    order by f.measure_code, f.breakdown, f.la_code nulls first, f.academic_year desc,
        case f.release_stage when 'FINAL' then 3 when 'REVISED' then 2 else 1 end desc, f.id desc
),
-- The phase's own figure where England has one (even when it is not available), else the one for all schools.
england_by_phase as (
    select p.phase,
        coalesce((select e.value from england e where e.measure_code = 'absence.persistent_share'
                and e.phase = p.phase),
            case when not exists (select 1 from england e where e.measure_code = 'absence.persistent_share'
                and e.phase = p.phase) then (select e.value from england e
                where e.measure_code = 'absence.persistent_share' and e.breakdown = '') end) as persistent_absence,
        coalesce((select e.value from england e where e.measure_code = 'absence.overall_rate'
                and e.phase = p.phase),
            case when not exists (select 1 from england e where e.measure_code = 'absence.overall_rate'
                and e.phase = p.phase) then (select e.value from england e
                where e.measure_code = 'absence.overall_rate' and e.breakdown = '') end) as overall_absence
    from (select distinct phase from scope_school) p
),
-- Lowest quarter per phase across the schools in scope (percentile_cont interpolates as PERCENTILE.INC does).
quartiles as (
    select s.phase,
        percentile_cont(cast(:lowest_quartile_ks2_rwm as double precision))
            within group (order by f.ks2_rwm) as ks2_rwm,
        percentile_cont(cast(:lowest_quartile_ks2_reading_progress as double precision))
            within group (order by f.ks2_reading_progress) as ks2_reading_progress,
        percentile_cont(cast(:lowest_quartile_ks2_writing_progress as double precision))
            within group (order by f.ks2_writing_progress) as ks2_writing_progress,
        percentile_cont(cast(:lowest_quartile_ks2_maths_progress as double precision))
            within group (order by f.ks2_maths_progress) as ks2_maths_progress,
        percentile_cont(cast(:lowest_quartile_ks4_attainment8 as double precision))
            within group (order by f.ks4_attainment8) as ks4_attainment8,
        percentile_cont(cast(:lowest_quartile_ks4_progress8 as double precision))
            within group (order by f.ks4_progress8) as ks4_progress8,
        percentile_cont(cast(:lowest_quartile_ks4_disadvantaged_gap as double precision))
            within group (order by f.ks4_disadvantaged_gap) as ks4_disadvantaged_gap
    from scope_school s left join figures f on f.urn = s.urn
    group by s.phase
),
-- An inspection known only by the day it ended (DfE's all-England Ofsted file) is dated by that day; one with its
-- start date on record is preferred.
latest_graded as (
    select distinct on (i.urn) i.id, i.urn, i.framework, coalesce(i.start_date, i.end_date) as start_date,
        i.overall_effectiveness, i.category_of_concern, i.safeguarding
    from inspection i join scope_school s on s.urn = i.urn
    where i.kind = 'GRADED' and coalesce(i.start_date, i.end_date) is not null
    order by i.urn, i.start_date is not null desc, coalesce(i.start_date, i.end_date) desc, i.id desc
),
-- The worst key judgement (2024-25, 1 to 4) or report-card area (from November 2025, 1 to 5).
lowest_judgement as (
    select g.urn,
        max(case j.grade when 'OUTSTANDING' then 1 when 'GOOD' then 2 when 'REQUIRES_IMPROVEMENT' then 3
            when 'INADEQUATE' then 4 end) filter (where g.framework = 'KEY_JUDGEMENTS') as key_judgement,
        max(case j.grade when 'EXCEPTIONAL' then 1 when 'STRONG_STANDARD' then 2 when 'EXPECTED_STANDARD' then 3
            when 'NEEDS_ATTENTION' then 4 when 'URGENT_IMPROVEMENT' then 5 end)
            filter (where g.framework = 'REPORT_CARD') as area
    from latest_graded g join inspection_judgement j on j.inspection_id = g.id
    where g.framework in ('KEY_JUDGEMENTS', 'REPORT_CARD')
    group by g.urn
),
latest_ungraded as (
    select distinct on (i.urn) i.urn, i.start_date,
        coalesce(i.ungraded_outcome like '%S5 Next%', false) or coalesce(i.converted_to_graded, false) as signalled
    from inspection i join scope_school s on s.urn = i.urn
    where i.kind = 'UNGRADED' and i.start_date is not null
    order by i.urn, i.start_date desc, i.id desc
),
facts as (
    select s.urn, s.responsible_body, s.phase, f.ks2_rwm, f.ks2_reading_progress, f.ks2_writing_progress,
        f.ks2_maths_progress, f.ks2_rwm_disadvantaged, f.ks2_rwm_others, f.ks4_attainment8, f.ks4_progress8,
        f.ks4_disadvantaged_gap, f.persistent_absence, f.overall_absence, f.permanent_exclusions,
        g.overall_effectiveness,
        case when g.category_of_concern is not null then g.category_of_concern
            when g.overall_effectiveness < 4 then 'None' end as ofsted_category,
        g.safeguarding,
        lj.key_judgement, lj.area,
        extract(year from age(cast(:as_of as date), g.start_date)) * 12
            + extract(month from age(cast(:as_of as date), g.start_date)) as months_since_graded,
        case when u.urn is not null and (g.urn is null or u.start_date > g.start_date) then u.signalled
            when g.urn is not null then false end as ungraded_next_graded,
        e.persistent_absence as england_persistent_absence, e.overall_absence as england_overall_absence
    from scope_school s
        left join figures f on f.urn = s.urn
        left join latest_graded g on g.urn = s.urn
        left join lowest_judgement lj on lj.urn = s.urn
        left join latest_ungraded u on u.urn = s.urn
        left join england_by_phase e on e.phase = s.phase
),
-- Every rule applies to LOCAL_AUTHORITY and TRUST schools; a rule fires only when its condition is true.
fired as (
    select x.urn, x.responsible_body,
        coalesce(x.ofsted_category = 'SM', false) as ofsted_special_measures,
        coalesce(x.ofsted_category = 'SWK', false) as ofsted_serious_weaknesses,
        coalesce(x.overall_effectiveness = 4, false) as ofsted_inadequate,
        coalesce(x.overall_effectiveness = 3, false) as ofsted_requires_improvement,
        coalesce(x.key_judgement = 4, false) as key_judgement_inadequate,
        coalesce(x.key_judgement = 3, false) as key_judgement_requires_improvement,
        coalesce(x.area = 5, false) as report_card_urgent_improvement,
        coalesce(x.area = 4, false) as report_card_needs_attention,
        coalesce(x.safeguarding in ('NOT_MET', 'NOT_EFFECTIVE'), false) as safeguarding_not_met,
        coalesce(x.ungraded_next_graded and x.overall_effectiveness in (1, 2), false)
            as ungraded_inspection_signals_graded,
        coalesce(x.ks2_rwm < q.ks2_rwm, false) as ks2_attainment_lowest_quartile,
        coalesce(x.ks2_reading_progress < q.ks2_reading_progress
            or x.ks2_writing_progress < q.ks2_writing_progress
            or x.ks2_maths_progress < q.ks2_maths_progress, false) as ks2_progress_lowest_quartile,
        coalesce(x.ks4_attainment8 < q.ks4_attainment8, false) as ks4_attainment_lowest_quartile,
        coalesce(x.ks4_progress8 < q.ks4_progress8, false) as ks4_progress_lowest_quartile,
        coalesce(x.ks4_disadvantaged_gap < q.ks4_disadvantaged_gap, false) as ks4_disadvantaged_gap_large,
        coalesce(x.ks2_rwm_others - x.ks2_rwm_disadvantaged
            > cast(:large_ks2_disadvantaged_gap as double precision), false) as ks2_disadvantaged_gap_large,
        coalesce(x.persistent_absence > x.england_persistent_absence
            + cast(:persistent_absence_margin as double precision), false) as persistent_absence_high,
        coalesce(x.overall_absence > x.england_overall_absence
            + cast(:overall_absence_margin as double precision), false) as overall_absence_high,
        coalesce(x.permanent_exclusions > cast(:high_permanent_exclusion_rate as double precision), false)
            as permanent_exclusions_high,
        coalesce(x.months_since_graded >= cast(:graded_inspection_due_months as double precision), false)
            as graded_inspection_due
    from facts x join quartiles q on q.phase = x.phase
    where x.responsible_body in ('LOCAL_AUTHORITY', 'TRUST')
),
scored as (
    select r.*,
        80 * r.ofsted_special_measures::int + 40 * r.ofsted_serious_weaknesses::int
            + 40 * r.ofsted_inadequate::int + 20 * r.ofsted_requires_improvement::int
            + 40 * r.key_judgement_inadequate::int + 20 * r.key_judgement_requires_improvement::int
            + 40 * r.report_card_urgent_improvement::int + 20 * r.report_card_needs_attention::int
            + 20 * r.safeguarding_not_met::int
            + 2 * r.ks2_attainment_lowest_quartile::int + r.ks2_progress_lowest_quartile::int
            + 2 * r.ks4_attainment_lowest_quartile::int + r.ks4_progress_lowest_quartile::int
            + r.ks4_disadvantaged_gap_large::int + r.ks2_disadvantaged_gap_large::int
            + r.persistent_absence_high::int + r.overall_absence_high::int + r.permanent_exclusions_high::int
            + r.graded_inspection_due::int as score
    from fired r
),
decided as (
    select s.*,
        case when s.ofsted_special_measures or s.ofsted_serious_weaknesses or s.ofsted_inadequate
                or s.ofsted_requires_improvement or s.key_judgement_inadequate
                or s.key_judgement_requires_improvement or s.report_card_urgent_improvement
                or s.report_card_needs_attention or s.safeguarding_not_met then 'Causing concern: Ofsted'
            when s.ungraded_inspection_signals_graded or s.score >= 3 then 'Vulnerable'
            else 'Not a concern' end as assessed_category
    from scored s
)
select d.urn,
    case when d.assessed_category <> 'Not a concern' and d.responsible_body = 'TRUST'
        then 'Notify regional director' else d.assessed_category end as category,
    d.assessed_category, d.score,
    array_remove(array[
        case when d.ofsted_special_measures then 'ofsted-special-measures' end,
        case when d.ofsted_serious_weaknesses then 'ofsted-serious-weaknesses' end,
        case when d.ofsted_inadequate then 'ofsted-inadequate' end,
        case when d.ofsted_requires_improvement then 'ofsted-requires-improvement' end,
        case when d.key_judgement_inadequate then 'key-judgement-inadequate' end,
        case when d.key_judgement_requires_improvement then 'key-judgement-requires-improvement' end,
        case when d.report_card_urgent_improvement then 'report-card-urgent-improvement' end,
        case when d.report_card_needs_attention then 'report-card-needs-attention' end,
        case when d.safeguarding_not_met then 'safeguarding-not-met' end,
        case when d.ungraded_inspection_signals_graded then 'ungraded-inspection-signals-graded' end,
        case when d.ks2_attainment_lowest_quartile then 'ks2-attainment-lowest-quartile' end,
        case when d.ks2_progress_lowest_quartile then 'ks2-progress-lowest-quartile' end,
        case when d.ks4_attainment_lowest_quartile then 'ks4-attainment-lowest-quartile' end,
        case when d.ks4_progress_lowest_quartile then 'ks4-progress-lowest-quartile' end,
        case when d.ks4_disadvantaged_gap_large then 'ks4-disadvantaged-gap-large' end,
        case when d.ks2_disadvantaged_gap_large then 'ks2-disadvantaged-gap-large' end,
        case when d.persistent_absence_high then 'persistent-absence-high' end,
        case when d.overall_absence_high then 'overall-absence-high' end,
        case when d.permanent_exclusions_high then 'permanent-exclusions-high' end,
        case when d.graded_inspection_due then 'graded-inspection-due' end], null) as fired_rules
from decided d
union all
-- Schools of other bodies (independent schools, colleges): no rule applies, so no concern.
select x.urn, 'Not a concern', 'Not a concern', 0, array[]::text[]
from scope_school x
where x.responsible_body not in ('LOCAL_AUTHORITY', 'TRUST')
order by urn
