-- Why (issue 13, "migrations never change once shipped"): V2026.11.29.1000__create_soft_intelligence.sql was edited
-- after it shipped, to drop two foreign keys. That file is back as it first shipped, and the change is made here; a
-- database created while the edited file was in the tree has no such keys, so both steps are no-ops there.

-- A note's and a self-report's urn has no foreign key to school on purpose: the register is rebuilt from GIAS files,
-- and a note must outlive a school's register row (a closed or re-imported school) rather than block or cascade with
-- it; the service checks the school is in the register when a note is recorded.
alter table soft_intelligence_note drop constraint if exists soft_intelligence_note_urn_fkey;
alter table self_report drop constraint if exists self_report_urn_fkey;
