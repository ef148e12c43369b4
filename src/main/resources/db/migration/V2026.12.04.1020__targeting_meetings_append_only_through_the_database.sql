-- Why (issue 17 with issue 13's database promises): the targeting meetings' records were append-only through
-- triggers of their own that let a DELETE through whenever a session set schoolscope.retention to 'on', a setting
-- anyone holding the service's connection may set. They now take the shared walls: mark_append_only() removes
-- UPDATE, DELETE and TRUNCATE from the application's role and installs the refusing triggers. A meeting goes only
-- at the end of its retention period, through the schema owner's remove_expired_records() (which checks the period
-- declared below and audits each removal), and its actions go with it; the synthetic council's meetings, which are
-- no one's record, go through a function that can reach no real council's.

drop trigger attendance_meeting_append_only on attendance_meeting;
drop trigger attendance_meeting_no_truncate on attendance_meeting;
drop trigger attendance_meeting_action_append_only on attendance_meeting_action;
drop trigger attendance_meeting_action_no_truncate on attendance_meeting_action;
drop function refuse_attendance_meeting_change();

-- A meeting's actions are part of its record: removing the meeting (only ever by the owner's functions) removes them.
alter table attendance_meeting_action drop constraint attendance_meeting_action_meeting_id_fkey;
alter table attendance_meeting_action add constraint attendance_meeting_action_meeting_id_fkey
    foreign key (meeting_id) references attendance_meeting (id) on delete cascade;

-- The retention period counts from the end of the meeting's academic year (31 August), as for the pupils' marks.
alter table attendance_meeting add column year_ended_on date
    generated always as (make_date(cast(left(academic_year, 4) as integer) + 1, 8, 31)) stored;

select mark_append_only('attendance_meeting', removable_after_retention => true);
select mark_append_only('attendance_meeting_action', removable_after_retention => true);

-- Three years after the end of the academic year, as schoolscope.attendance.retention-years says by default. A
-- council that changes one changes the other, as the schema owner:
--   update retention_policy set kept_for = interval '5 years' where record_type = 'attendance-meeting';
insert into retention_policy (record_type, table_name, id_column, ends_column, kept_for, description) values
    ('attendance-meeting', 'attendance_meeting', 'id', 'year_ended_on', interval '3 years',
     'a termly targeting meeting, with the support agreed per pupil, after the end of its academic year');

-- Regenerating or removing the synthetic council removes its meetings: only schools marked synthetic (LA 999, URNs
-- from 990000, which attendance_school's checks tie together), whoever calls it; each removal is audited.
create function remove_synthetic_attendance_meetings(removed_by text) returns bigint
language plpgsql security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $$
declare
    removed bigint[];
begin
    perform set_config('schoolscope.retention_removal', 'on', true);
    with gone as (
        delete from attendance_meeting m using attendance_school s
        where s.urn = m.urn and s.synthetic
        returning m.id
    )
    select coalesce(array_agg(id order by id), '{}') from gone into removed;
    perform set_config('schoolscope.retention_removal', 'off', true);
    insert into audit_event (occurred_at, actor, action, record_type, record_id, detail)
    select clock_timestamp(), coalesce(nullif(btrim(removed_by), ''), 'unknown'), 'remove-synthetic',
        'attendance-meeting', removed_id::text, 'a targeting meeting of the synthetic council, removed with it'
    from unnest(removed) as removed_id;
    return cardinality(removed);
end;
$$;

revoke execute on function remove_synthetic_attendance_meetings(text) from public;
grant execute on function remove_synthetic_attendance_meetings(text) to "${application_role}";
