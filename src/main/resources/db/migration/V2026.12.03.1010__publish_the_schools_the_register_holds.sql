-- Issue 10. A figure for a URN no register holds (999999) was stored, and a row whose LAESTAB matched no school was
-- counted as skipped without a word. Importers of other modules now check their rows against the register; these
-- views are the register's one published answer to "which URNs does it hold" and "which school does a LAESTAB
-- name", so no other module reads the register's tables for it. Owned by the register module.
create view register_school_urn as
select urn from school;

comment on view register_school_urn is 'Every URN the register holds (published by the register for importers).';

-- A LAESTAB names the school that held it most recently (an academy conversion gives a new URN and sometimes keeps
-- the number), as the figure imports have matched it since the first exclusions file.
create view register_school_laestab as
select distinct on (laestab) laestab, urn from school_record where laestab is not null order by laestab, as_at desc;

comment on view register_school_laestab is 'The school each LAESTAB the register has seen names: the latest to hold it.';
