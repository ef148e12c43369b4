-- Issue 10: soft intelligence is confidential, and so is everything derived from it. A run stored the reasons of a
-- rule that reads soft intelligence (its condition names a soft.* fact, e.g. soft.leadership_crisis) with the
-- published ones, so every page, export and letter that showed a school's reasons showed the note's existence, its
-- author and its date to whoever could see the school. From now on a run keeps those reasons here, apart, and a query
-- selects them only for a viewer the access module lets read notes about the school (ViewerScope.notes); for
-- everyone else, and in every letter and export, school_assessment.other_information says only that other
-- information held by the council contributed.
--
-- kind is FIRED for a rule that fired, UNCHECKED for one a missing fact left undecided (which, for a rule that
-- also reads another fact, would tell that the note is there). position is the reason's place among all the
-- school's reasons of that kind as the run found them, so a permitted reader sees them in the run's own order.
create table school_assessment_confidential_reason (
    run_id    bigint  not null,
    urn       integer not null,
    kind      text    not null check (kind in ('FIRED', 'UNCHECKED')),
    position  integer not null check (position >= 0),
    reason    jsonb   not null,
    primary key (run_id, urn, kind, position),
    foreign key (run_id, urn) references school_assessment (run_id, urn)
);

alter table school_assessment add column other_information boolean not null default false;

-- A result is a record, and so are its confidential reasons: nothing changes or removes them. The triggers carry
-- the names the database module's mark_append_only() gives its own, so marking this table with it later (where that
-- function exists, from V2026.12.03.3100) replaces them and takes UPDATE and DELETE from the application's role.
create function confidential_reason_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger school_assessment_confidential_reason_append_only
    before update or delete on school_assessment_confidential_reason
    for each row execute function confidential_reason_refuse_change();
create trigger school_assessment_confidential_reason_no_truncate
    before truncate on school_assessment_confidential_reason
    for each statement execute function confidential_reason_refuse_change();

-- Runs stored before this change: a fired reason is confidential when a fact it read is soft intelligence, an
-- unchecked one when a fact it lacked is (the rules of those runs read soft intelligence only through such facts).
-- The reasons move as they are, unchanged, so those runs still read the same to a permitted reader.
insert into school_assessment_confidential_reason (run_id, urn, kind, position, reason)
select a.run_id, a.urn, 'FIRED', e.position - 1, e.reason
from school_assessment a
cross join lateral jsonb_array_elements(a.fired_rules) with ordinality as e(reason, position)
where jsonb_path_exists(e.reason, '$.evidence[*].readings[*].fact ? (@ starts with "soft.")');

insert into school_assessment_confidential_reason (run_id, urn, kind, position, reason)
select a.run_id, a.urn, 'UNCHECKED', e.position - 1, e.reason
from school_assessment a
cross join lateral jsonb_array_elements(a.unchecked_rules) with ordinality as e(reason, position)
where jsonb_path_exists(e.reason, '$.notAvailable[*] ? (@ starts with "soft.")');

-- Moving a reason out of a stored result is the one change this split makes to results. Where school_assessment is
-- already append-only (a database that ran V2026.12.03.3110 first), its owner, who runs this, lifts the row trigger
-- for this statement only.
do $$
begin
    if exists (select 1 from pg_trigger where tgname = 'school_assessment_append_only') then
        alter table school_assessment disable trigger school_assessment_append_only;
    end if;
end;
$$;

update school_assessment a set
    fired_rules = coalesce((
        select jsonb_agg(e.reason order by e.position)
        from jsonb_array_elements(a.fired_rules) with ordinality as e(reason, position)
        where not jsonb_path_exists(e.reason, '$.evidence[*].readings[*].fact ? (@ starts with "soft.")')),
        '[]'::jsonb),
    unchecked_rules = coalesce((
        select jsonb_agg(e.reason order by e.position)
        from jsonb_array_elements(a.unchecked_rules) with ordinality as e(reason, position)
        where not jsonb_path_exists(e.reason, '$.notAvailable[*] ? (@ starts with "soft.")')),
        '[]'::jsonb),
    other_information = exists (
        select 1 from school_assessment_confidential_reason c
        where c.run_id = a.run_id and c.urn = a.urn and c.kind = 'FIRED')
where exists (select 1 from school_assessment_confidential_reason c where c.run_id = a.run_id and c.urn = a.urn);

do $$
begin
    if exists (select 1 from pg_trigger where tgname = 'school_assessment_append_only') then
        alter table school_assessment enable trigger school_assessment_append_only;
    end if;
end;
$$;
