-- Why (issue 13, "migrations never change once shipped"): V2026.11.23.1400__create_assessment.sql was edited after
-- it shipped, to add the two columns below. That file is back as it first shipped, and the change is made here.
-- Databases created while the edited file was in the tree already have both columns, so every step is a no-op
-- there; the service accepts the edited file's checksum for that version only.

-- A run read inspections and figures from its import_ids only, and counted the time since an inspection to
-- data_as_of, so reading them again gives the same facts. A run recorded before the column existed counted to the
-- day it was made.
alter table assessment_run add column if not exists data_as_of date;
update assessment_run set data_as_of = (run_at at time zone 'Europe/London')::date where data_as_of is null;
alter table assessment_run alter column data_as_of set not null;

-- Set on a run that re-ran an earlier one with that run's rulebook version and data.
alter table assessment_run add column if not exists reproduces_run_id bigint references assessment_run (id);
