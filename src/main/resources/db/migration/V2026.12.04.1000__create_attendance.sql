-- Pupil-level attendance (issue 17): every pupil's session marks, persistent and severe absence as at any date, and
-- the termly targeting meeting that DfE's "Working together to improve school attendance" (statutory since August
-- 2024) asks a council to hold with every school.
--
-- Volume drives the layout: a big city has about 200,000 pupils and 380 sessions a year, 76 million marks. A mark
-- is one byte (the code's id in org.schoolscope.attendance.domain.AttendanceCode, 0 for "no session"), ten to a row:
-- one row per pupil's enrolment per week, Monday morning to Friday afternoon. Each row also carries the pupil's
-- running totals before that week and which of its sessions were possible, absent, unauthorised or an approved
-- educational activity, as bit masks, so "as at any date" reads one row per pupil: the totals before the week plus
-- the bits up to the day. Every enrolment has a row for every imported week from its first mark on (a week with no
-- marks for it carries its totals forward), which is what makes that one-row read correct.
--
-- Pupils are pseudonymous: pupil_key is HMAC-SHA256 of the pupil's identifier under the council's secret
-- (schoolscope.attendance.pupil-key-secret); the identifier itself is never stored.

-- The schools attendance reports on, with the facts its sums group by. Today only the synthetic council's
-- fictional schools live here (issue 17 item 2): they are kept out of the register on purpose, so that no list,
-- assessment, letter or report of the real register can ever include them. Synthetic rows are recognisable from
-- every side: LA code 999 (no council has it), URNs 990000 to 999999 (no GIAS establishment has one) and
-- "Synthetic" in the name; the check keeps real and synthetic rows from borrowing each other's codes.
create table attendance_school (
    urn        integer primary key,
    la_code    integer not null,
    name       text    not null check (btrim(name) <> ''),
    phase      text    not null check (phase in ('PRIMARY', 'SECONDARY', 'SPECIAL')),
    district   text    not null check (btrim(district) <> ''),
    synthetic  boolean not null,
    check (synthetic = (la_code = 999)),
    check (synthetic = (urn between 990000 and 999999)),
    check (not synthetic or name like 'Synthetic %')
);

create index attendance_school_la on attendance_school (la_code);

-- A council's terms, which the targeting meetings follow and "at risk by term end" counts to, with the half-term
-- break inside each (no sessions are possible then).
create table attendance_term (
    la_code             integer not null,
    academic_year       text    not null,
    term                text    not null check (term in ('AUTUMN', 'SPRING', 'SUMMER')),
    first_day           date    not null,
    last_day            date    not null,
    half_term_first_day date,
    half_term_last_day  date,
    primary key (la_code, academic_year, term),
    check (last_day >= first_day),
    check ((half_term_first_day is null) = (half_term_last_day is null)),
    check (half_term_first_day is null or (half_term_first_day > first_day and half_term_last_day < last_day
        and half_term_last_day >= half_term_first_day))
);

-- A pupil on a school's roll in an academic year, with the characteristics the companion file gives (null where
-- it does not say). DfE counts persistent absence per enrolment, and so does this.
create table attendance_enrolment (
    id                          integer generated always as identity primary key,
    urn                         integer not null references attendance_school (urn),
    academic_year               text    not null,
    pupil_key                   bytea   not null check (length(pupil_key) = 32),
    year_group                  text    not null,
    free_school_meals           boolean,
    sen_provision               text    check (sen_provision in ('NONE', 'SEN_SUPPORT', 'EHC_PLAN')),
    english_additional_language boolean,
    child_in_care               boolean,
    import_id                   bigint,
    unique (pupil_key, urn, academic_year)
);

create index attendance_enrolment_school on attendance_enrolment (urn, academic_year);

-- The marks, one row per enrolment per week (see the top of this file). No foreign key to the enrolment: rows are
-- written in bulk only by the attendance store, for enrolments it read in the same transaction, and a per-row check
-- on 200,000 rows a week costs more than it guards. Partitioned by academic year (August to July), so a year's
-- rows sit together and retention can remove a year whole; a BRIN index finds one week's rows, which are written
-- together and so lie together on disk.
create table attendance_week (
    enrolment_id        integer  not null,
    week_start          date     not null check (extract(isodow from week_start) = 1),
    marks               bytea    not null check (length(marks) = 10),
    possible_mask       smallint not null,
    absent_mask         smallint not null,
    unauthorised_mask   smallint not null,
    approved_mask       smallint not null,
    possible_before     smallint not null check (possible_before >= 0),
    absent_before       smallint not null check (absent_before >= 0),
    unauthorised_before smallint not null check (unauthorised_before >= 0),
    approved_before     smallint not null check (approved_before >= 0),
    primary key (enrolment_id, week_start)
) partition by range (week_start);

do $$
begin
    for year in 2020..2039 loop
        execute format('create table attendance_week_%s_%s partition of attendance_week for values from (%L) to (%L)',
            year, lpad(((year + 1) % 100)::text, 2, '0'), make_date(year, 8, 1), make_date(year + 1, 8, 1));
    end loop;
end;
$$;

create table attendance_week_other partition of attendance_week default;

create index attendance_week_start on attendance_week using brin (week_start);

-- The weeks imported for each council and the last day in each that had marks: "as at" a date reads the latest
-- imported week on or before it, and a page says which day its figures stand at.
create table attendance_council_week (
    la_code        integer not null,
    academic_year  text    not null,
    week_start     date    not null,
    last_day       date    not null,
    primary key (la_code, week_start)
);

-- Sessions per school per day per code, kept with the marks: rates by reason for a school, a district or the
-- council as at any date, and trends by week, without reading every mark.
create table attendance_school_day (
    urn       integer  not null,
    on_date   date     not null,
    code      smallint not null,
    sessions  integer  not null check (sessions > 0),
    primary key (urn, on_date, code)
);

-- Each school's year to date at the end of each imported week: pupils with possible sessions, how many were
-- persistently and severely absent, and their sessions. Written with the marks; trends by week read only this.
create table attendance_school_week (
    urn           integer not null,
    week_start    date    not null,
    pupils        integer not null,
    persistent    integer not null,
    severe        integer not null,
    possible      bigint  not null,
    absent        bigint  not null,
    unauthorised  bigint  not null,
    approved      bigint  not null,
    primary key (urn, week_start)
);

-- Each file taken in: marks, pupil characteristics or term dates. The same file twice changes nothing.
create table attendance_import (
    id              bigint      generated always as identity primary key,
    file_name       text        not null,
    file_kind       text        not null check (file_kind in ('MARKS', 'PUPILS', 'TERMS')),
    content_sha256  text        not null unique,
    rows_read       integer     not null,
    marks_added     integer     not null,
    marks_changed   integer     not null,
    imported_at     timestamptz not null,
    imported_by     text        not null
);

-- A mark a later file changed (a reason not yet established becoming illness, say): the earlier code is kept here,
-- so the marks are versioned without copying 76 million of them.
create table attendance_mark_change (
    enrolment_id  integer  not null,
    on_date       date     not null,
    session       smallint not null check (session in (0, 1)),
    old_code      smallint not null,
    new_code      smallint not null,
    import_id     bigint   not null references attendance_import (id)
);

create index attendance_mark_change_enrolment on attendance_mark_change (enrolment_id);

-- The termly targeting meeting: who attended, and per pupil the support agreed and who owns it. A record, so
-- append-only: the database refuses UPDATE, DELETE and TRUNCATE, except that retention may delete a year's records
-- inside a transaction that sets schoolscope.retention to 'on'.
create table attendance_meeting (
    id             bigint      generated always as identity primary key,
    urn            integer     not null references attendance_school (urn),
    academic_year  text        not null,
    term           text        not null check (term in ('AUTUMN', 'SPRING', 'SUMMER')),
    held_on        date        not null,
    attendees      text        not null check (btrim(attendees) <> ''),
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);

create index attendance_meeting_school on attendance_meeting (urn, academic_year, term);

create table attendance_meeting_action (
    id            bigint  generated always as identity primary key,
    meeting_id    bigint  not null references attendance_meeting (id),
    enrolment_id  integer not null references attendance_enrolment (id),
    support       text    not null check (btrim(support) <> ''),
    owner         text    not null check (btrim(owner) <> '')
);

create index attendance_meeting_action_meeting on attendance_meeting_action (meeting_id);
create index attendance_meeting_action_enrolment on attendance_meeting_action (enrolment_id);

create function refuse_attendance_meeting_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('schoolscope.retention', true) = 'on' then
        return old;
    end if;
    raise exception '% is append-only: % is refused (record a new meeting instead of changing one)',
        tg_table_name, tg_op;
end;
$$;

create trigger attendance_meeting_append_only before update or delete on attendance_meeting
    for each row execute function refuse_attendance_meeting_change();
create trigger attendance_meeting_no_truncate before truncate on attendance_meeting
    for each statement execute function refuse_attendance_meeting_change();
create trigger attendance_meeting_action_append_only before update or delete on attendance_meeting_action
    for each row execute function refuse_attendance_meeting_change();
create trigger attendance_meeting_action_no_truncate before truncate on attendance_meeting_action
    for each statement execute function refuse_attendance_meeting_change();
