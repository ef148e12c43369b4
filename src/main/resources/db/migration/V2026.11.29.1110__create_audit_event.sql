-- The audit trail (issue 5, item 4): every change and every read of sensitive records, with user, time, action
-- and record. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every role that connects, including
-- the application's own, so the record cannot be quietly changed.
create table audit_event (
    id           bigserial   primary key,
    occurred_at  timestamptz not null,
    actor        text        not null,
    action       text        not null,
    record_type  text        not null,
    record_id    text,
    detail       text        not null
);

create index audit_event_occurred on audit_event (occurred_at desc, id desc);
create index audit_event_actor on audit_event (actor, occurred_at desc);
create index audit_event_record_type on audit_event (record_type, occurred_at desc);

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
