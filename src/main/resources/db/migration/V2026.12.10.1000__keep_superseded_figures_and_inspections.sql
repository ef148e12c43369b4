-- Why (issue 11, item 6): a corrected figure or inspection used to overwrite what was stored, so reproducing an
-- earlier run after a correction silently read the new facts. Now every version a later import replaces is kept,
-- append-only, with the import that made it and the import that replaced it; a question asked within an earlier
-- run's imports reads the version those imports made.

-- A figure as it stood before an import replaced its value. The current value stays in figure, where every
-- question about the latest facts reads it at full speed.
create table figure_superseded (
    figure_id                bigint  not null,
    scope                    text    not null,
    urn                      integer,
    la_code                  integer,
    breakdown                text    not null,
    measure_code             text    not null,
    academic_year            text    not null,
    release_stage            text    not null,
    value                    numeric,
    text_value               text,
    unavailable              text,
    raw_value                text    not null,
    import_id                bigint  not null,
    source_file              text    not null,
    superseded_by_import_id  bigint  not null,
    primary key (figure_id, import_id)
);

select mark_append_only('figure_superseded');

-- Every version of every figure, each with the import that made it: the current ones and those replaced.
create view figure_version as
select id, scope, urn, la_code, breakdown, measure_code, academic_year, release_stage, value, text_value,
    unavailable, raw_value, import_id, source_file
from figure
union all
select figure_id, scope, urn, la_code, breakdown, measure_code, academic_year, release_stage, value, text_value,
    unavailable, raw_value, import_id, source_file
from figure_superseded;

-- An inspection's later files fill in what was unknown (or, imported again on purpose, put right what was wrong),
-- while its import_id stays the first file's; the import that last changed it is recorded beside it.
alter table inspection add column changed_by_import_id bigint;

-- An inspection row and its judgements as they stood before an import changed them, and the import that had made
-- that version.
create table inspection_superseded (
    inspection_id            bigint  not null,
    urn                      integer not null,
    made_by_import_id        bigint  not null,
    superseded_by_import_id  bigint  not null,
    inspection               jsonb   not null,
    judgements               jsonb   not null,
    primary key (inspection_id, made_by_import_id)
);

create index inspection_superseded_urn on inspection_superseded (urn);

select mark_append_only('inspection_superseded');

-- Every version of every inspection, each with the import that made it and its judgements: the current ones and
-- those replaced.
create view inspection_version as
select i.id, i.urn, i.inspection_key, i.inspection_number, i.kind, i.framework, i.inspection_type, i.start_date,
    i.end_date, i.publication_date, i.overall_effectiveness, i.category_of_concern, i.safeguarding,
    i.ungraded_outcome, i.converted_to_graded, i.urn_at_inspection, i.school_name_at_inspection, i.import_id,
    i.source_file, coalesce(i.changed_by_import_id, i.import_id) as made_by_import_id,
    (select coalesce(jsonb_object_agg(j.area, j.grade), '{}') from inspection_judgement j
        where j.inspection_id = i.id) as judgements
from inspection i
union all
select v.id, v.urn, v.inspection_key, v.inspection_number, v.kind, v.framework, v.inspection_type, v.start_date,
    v.end_date, v.publication_date, v.overall_effectiveness, v.category_of_concern, v.safeguarding,
    v.ungraded_outcome, v.converted_to_graded, v.urn_at_inspection, v.school_name_at_inspection, v.import_id,
    v.source_file, s.made_by_import_id, s.judgements
from inspection_superseded s, jsonb_populate_record(null::inspection, s.inspection) v;
