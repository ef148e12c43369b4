-- Issue 11. "Which schools exist, and as what, on a date" was answered from one merged row per school (school), so a
-- closed predecessor, a stale status and a newer file's silence all looked alike. The register now keeps every
-- file's account of every school as it was published (school_evidence, never merged or updated), and the complete
-- lists a file makes (school_list: Ofsted's state-funded schools as at a date, the January census), from which it
-- derives each school's state on any date by a stated precedence (see SchoolTimeline). Owned by the register.

create table school_list (
    id          bigserial primary key,
    import_id   bigint  not null references import_batch (id),
    source_file text    not null,
    title       text    not null,
    as_at       date    not null,
    -- What a school missing from the list says: not a state-funded school then, or no school at all then. The
    -- councils a list covers are those with at least one school in it (in school_evidence).
    scope       text    not null check (scope in ('STATE_FUNDED', 'ALL_SCHOOLS')),
    unique (import_id, title)
);

create table school_evidence (
    id                  bigserial primary key,
    urn                 integer not null,
    -- The date the file describes; open_from, for a file of the schools of an academic year, the year's first day.
    as_at               date    not null,
    open_from           date,
    list_id             bigint  references school_list (id),
    la_code             integer,
    laestab             integer,
    name                text,
    establishment_type  text,
    type_group          text,
    status              text,
    phase               text,
    open_date           date,
    close_date          date,
    statutory_low_age   integer,
    statutory_high_age  integer,
    trust_name          text,
    constituency        text,
    import_id           bigint  not null references import_batch (id),
    source_file         text    not null
);

create index school_evidence_urn on school_evidence (urn);
create index school_evidence_list on school_evidence (list_id) where list_id is not null;
create index school_evidence_la_code on school_evidence (la_code);
create index school_link_linked_urn on school_link (linked_urn);

comment on table school_evidence is 'Every file''s account of every school, as published; the register derives each school''s state on a date from it.';
comment on table school_list is 'Complete lists of schools as at a date: a council''s school of the list''s scope missing from it was not open then.';

-- The school census names no school, so a school may be known by its URN alone until a file with its name arrives.
alter table school alter column name drop not null;
alter table school_record alter column name drop not null;

-- Databases filled before: each history row is a file's account; the spine's rows describe an academic year; the
-- current picture's open and close dates are taken as said by the file that last changed it.
insert into school_evidence (urn, as_at, open_from, la_code, laestab, name, establishment_type, type_group, status,
    phase, trust_name, constituency, import_id, source_file)
select r.urn, r.as_at,
       case when b.file_kind = 'school-information-spine' and b.academic_year is not null
            then make_date(cast(left(b.academic_year, 4) as integer), 9, 1) end,
       r.la_code, r.laestab, r.name, r.establishment_type, r.type_group, r.status, r.phase, r.trust_name,
       r.constituency, r.import_id, r.source_file
from school_record r join import_batch b on b.id = r.import_id;

insert into school_evidence (urn, as_at, la_code, name, open_date, close_date, statutory_low_age,
    statutory_high_age, import_id, source_file)
select s.urn, coalesce(b.as_at, s.close_date, s.open_date), s.la_code, s.name, s.open_date, s.close_date,
       s.statutory_low_age, s.statutory_high_age, b.id, b.file_name
from school s join import_batch b on b.id = s.updated_by_import
where (s.open_date is not null or s.close_date is not null)
  and coalesce(b.as_at, s.close_date, s.open_date) is not null;

-- Both are records of what the files said: never changed, never removed.
select mark_append_only('school_evidence');
select mark_append_only('school_list');
