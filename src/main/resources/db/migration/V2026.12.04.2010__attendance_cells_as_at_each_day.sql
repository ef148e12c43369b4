-- Why (issue 17, item 6: persistent and severe absence for every pupil, school, group and district as at any date in
-- under 1 s): the figures were summed at each request from every pupil's weekly row, 200,000 rows for a big city
-- joined to their enrolments, and the pass over them took 2 s. A council's pupils fall into about 25,000 cells (a
-- school's pupils of one year group with the same characteristics), and every figure the groups give is a sum over
-- cells. So the attendance store now keeps, for each imported week and each of its five days, each cell's pupils with
-- possible sessions, their sessions and how many were persistently and severely absent as at the end of that day,
-- worked out from the same running totals and masks as attendance_week (the pupils' rows stay the record, and the
-- pupil pages and the targeting-meeting pack still read them). The store rewrites a week's cells whenever it writes
-- the week, and a year's cells when an import of pupils' characteristics moves a pupil from one cell to another.
create table attendance_cell_day (
    week_start                  date     not null check (extract(isodow from week_start) = 1),
    -- 0 for Monday to 4 for Friday: the figures stand at the end of that day's afternoon session.
    day                         smallint not null check (day between 0 and 4),
    urn                         integer  not null,
    year_group                  text     not null,
    free_school_meals           boolean,
    sen_provision               text,
    english_additional_language boolean,
    child_in_care               boolean,
    pupils                      integer  not null check (pupils > 0),
    possible                    bigint   not null,
    absent                      bigint   not null,
    unauthorised                bigint   not null,
    approved                    bigint   not null,
    persistent                  integer  not null,
    severe                      integer  not null
);

-- A week's cells are written together, so they lie together; "as at a day" reads one week's one day.
create index attendance_cell_day_week on attendance_cell_day (week_start, day, urn);

-- The cells of the marks already stored, worked out as the attendance store does (CellDays.REBUILD_YEAR_SQL): a
-- city's year is about 40 million pupil-days, grouped in memory rather than sorted on disk.
set local work_mem = '256MB';
insert into attendance_cell_day (week_start, day, urn, year_group, free_school_meals, sen_provision,
    english_additional_language, child_in_care, pupils, possible, absent, unauthorised, approved, persistent, severe)
select w.week_start, d.day, e.urn, e.year_group, e.free_school_meals, e.sen_provision,
    e.english_additional_language, e.child_in_care, count(*), sum(p.possible), sum(p.absent), sum(p.unauthorised),
    sum(p.approved), count(*) filter (where p.absent * 10 >= p.possible),
    count(*) filter (where p.absent * 2 >= p.possible)
from attendance_week w
join attendance_enrolment e on e.id = w.enrolment_id
cross join generate_series(0, 4) as d (day)
cross join lateral (select
    w.possible_before + bit_count((w.possible_mask & ((1 << (2 * d.day + 2)) - 1))::bit(16)) as possible,
    w.absent_before + bit_count((w.absent_mask & ((1 << (2 * d.day + 2)) - 1))::bit(16)) as absent,
    w.unauthorised_before + bit_count((w.unauthorised_mask & ((1 << (2 * d.day + 2)) - 1))::bit(16)) as unauthorised,
    w.approved_before + bit_count((w.approved_mask & ((1 << (2 * d.day + 2)) - 1))::bit(16)) as approved) p
where p.possible > 0
group by w.week_start, d.day, e.urn, e.year_group, e.free_school_meals, e.sen_provision,
    e.english_additional_language, e.child_in_care
order by w.week_start, d.day, e.urn;
