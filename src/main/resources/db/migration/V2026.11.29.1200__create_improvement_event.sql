-- The improvement cycle's timeline (issue 4): every step for a school in an academic year is one row, with who
-- did it, when, what, why and on what evidence. A school's case is derived from its rows, so the record of
-- decisions cannot drift from the decisions. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, so the
-- application's own database role cannot alter or remove a step; a correction is a later step.
create table improvement_event (
    id             bigserial   primary key,
    urn            integer     not null check (urn between 100000 and 999999),
    academic_year  integer     not null check (academic_year between 1990 and 2100),
    step           text        not null,
    actor          text        not null check (btrim(actor) <> ''),
    occurred_at    timestamptz not null,
    what           text        not null,
    why            text        not null default '',
    evidence       text        not null default '',
    payload        jsonb       not null default '{}'::jsonb
);

create index improvement_event_case on improvement_event (academic_year, urn, id);
create index improvement_event_school on improvement_event (urn, academic_year);

create function improvement_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'improvement_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger improvement_event_no_update_or_delete before update or delete on improvement_event
    for each row execute function improvement_event_refuse_change();
create trigger improvement_event_no_truncate before truncate on improvement_event
    for each statement execute function improvement_event_refuse_change();

-- Fortnightly School Improvement Advisory Board meetings; recommendations made at one are timeline rows naming it.
create table improvement_board_meeting (
    id             bigserial   primary key,
    academic_year  integer     not null,
    meeting_date   date        not null,
    scheduled_by   text        not null,
    scheduled_at   timestamptz not null
);

create trigger improvement_board_meeting_no_update_or_delete before update or delete on improvement_board_meeting
    for each row execute function improvement_event_refuse_change();
create trigger improvement_board_meeting_no_truncate before truncate on improvement_board_meeting
    for each statement execute function improvement_event_refuse_change();
