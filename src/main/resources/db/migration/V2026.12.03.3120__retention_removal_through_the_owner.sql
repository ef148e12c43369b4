-- Why (issue 13): notes were removed at the end of their retention period inside a transaction that set
-- schoolscope.retention to 'on', a setting any session may set, so anyone with the service's connection could
-- delete any note. Now the periods are declared here, in a table only the schema owner may change, and the removal
-- runs through remove_expired_records(), owned by the schema owner (SECURITY DEFINER): it removes only the records
-- whose declared period has ended by the database's own date, and writes its own audit row for each, in the same
-- transaction. The application may call it and read the policies; it holds no DELETE on the records themselves.
--
-- A module whose append-only records have a retention period marks the table with
--   select mark_append_only('my_table', removable_after_retention => true);
-- and declares the period here with an insert into retention_policy in its own migration.

create table retention_policy (
    record_type  text     primary key,           -- as the audit log names the record
    table_name   text     not null unique,       -- the table the records are in, in this schema
    id_column    text     not null,              -- a bigint key the caller names records by
    ends_column  text     not null,              -- the date the period is counted from
    kept_for     interval not null check (kept_for > interval '0 days'),
    description  text     not null check (btrim(description) <> '')
);

revoke insert, update, delete, truncate on retention_policy from "${application_role}";

-- Six years after the review date: the council's default. A council changes it as the schema owner, e.g.
--   update retention_policy set kept_for = interval '7 years' where record_type = 'soft-intelligence';
insert into retention_policy (record_type, table_name, id_column, ends_column, kept_for, description) values
    ('soft-intelligence', 'soft_intelligence_note', 'id', 'review_on', interval '6 years',
     'a soft-intelligence note, with its withdrawal, after its review date');

create function remove_expired_records(removed_type text, record_ids bigint[], removed_by text)
returns setof bigint
language plpgsql security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $$
declare
    policy retention_policy;
    removed bigint[];
begin
    select * into policy from retention_policy where record_type = removed_type;
    if not found then
        raise exception 'No retention period is declared for %', removed_type using errcode = 'insufficient_privilege';
    end if;
    perform set_config('schoolscope.retention_removal', 'on', true);
    execute format('with gone as (delete from %I where %I = any($1) and %I + $2 < current_date returning %I) '
        || 'select coalesce(array_agg(%I order by %I), ''{}'') from gone', policy.table_name, policy.id_column,
        policy.ends_column, policy.id_column, policy.id_column, policy.id_column)
        into removed using record_ids, policy.kept_for;
    perform set_config('schoolscope.retention_removal', 'off', true);
    insert into audit_event (occurred_at, actor, action, record_type, record_id, detail)
    select clock_timestamp(), coalesce(nullif(btrim(removed_by), ''), 'unknown'), 'remove-expired', removed_type,
        removed_id::text, format('removed by the database at the end of its retention period: %s, kept for %s',
            policy.description, policy.kept_for)
    from unnest(removed) as removed_id;
    return query select unnest(removed);
end;
$$;

revoke execute on function remove_expired_records(text, bigint[], text) from public;
grant execute on function remove_expired_records(text, bigint[], text) to "${application_role}";
