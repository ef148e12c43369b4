-- Why (issue 13, "the database keeps the promises"): the service connected as a superuser, so anyone holding its
-- connection could switch the append-only triggers off and rewrite the audit log. From here on two roles share the
-- database. The schema owner runs these migrations and owns every table, function and sequence; the application's
-- role, named by the placeholder below (the service's spring.datasource.username), owns nothing and holds only the
-- privileges granted here. Because it owns no table it cannot ALTER one, switch a trigger off or grant itself more;
-- it is no superuser, so it cannot SET session_replication_role or run COPY ... PROGRAM.
--
-- For every module, now and later:
--   * an ordinary table needs nothing: the default privileges below give the application SELECT, INSERT, UPDATE
--     and DELETE on every table the owner creates, and USAGE on its sequences;
--   * an append-only table (a record: audit, timeline, notes, runs, decisions) is declared so in the migration that
--     creates it, with   select mark_append_only('my_table');   which takes UPDATE, DELETE and TRUNCATE away from
--     every role but the owner and installs the refusing triggers as a second wall. A record that a retention
--     period may remove says   select mark_append_only('my_table', removable_after_retention => true);   and
--     declares its period in retention_policy (see V2026.12.03.3120).

revoke create on schema ${flyway:defaultSchema} from public;
grant usage on schema ${flyway:defaultSchema} to "${application_role}";

grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to "${application_role}";
grant usage, select on all sequences in schema ${flyway:defaultSchema} to "${application_role}";
alter default privileges in schema ${flyway:defaultSchema}
    grant select, insert, update, delete on tables to "${application_role}";
alter default privileges in schema ${flyway:defaultSchema}
    grant usage, select on sequences to "${application_role}";

-- The migration history is the owner's record of what ran: the application may read it, not change it.
revoke insert, update, delete, truncate on ${flyway:table} from "${application_role}";

-- The trigger every append-only table carries. It refuses UPDATE, DELETE and TRUNCATE whoever asks. The one
-- exception is a DELETE on a table marked removable after retention, made by the table's owner while
-- remove_expired_records() has set schoolscope.retention_removal for its own statement: the application cannot
-- reach it, since it is not the owner and holds no DELETE on such a table.
create function append_only_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_nargs > 0 and tg_argv[0] = 'removable-after-retention'
            and current_setting('schoolscope.retention_removal', true) = 'on'
            and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
        return old;
    end if;
    raise exception '% is append-only: % is refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege',
            hint = 'Records are never changed or removed: add a later record (a withdrawal, a correction) instead.';
end;
$$;

-- Marks a table append-only: no role but its owner keeps UPDATE, DELETE or TRUNCATE on it (table or column
-- privileges, the application's, PUBLIC's or anyone else's), and the refusing triggers are installed.
create function mark_append_only(target regclass, removable_after_retention boolean default false) returns void
language plpgsql as $$
declare
    table_name text := (select relname from pg_class where oid = target);
    owner_id oid := (select relowner from pg_class where oid = target);
    grantee_name text;
    column_grant record;
begin
    execute format('revoke update, delete, truncate on %s from public', target);
    for grantee_name in
        select distinct pg_get_userbyid(acl.grantee) from pg_class c, aclexplode(c.relacl) acl
        where c.oid = target and acl.grantee not in (owner_id, 0)
    loop
        execute format('revoke update, delete, truncate on %s from %I', target, grantee_name);
    end loop;
    for column_grant in
        select a.attname, acl.grantee from pg_attribute a, aclexplode(a.attacl) acl
        where a.attrelid = target and acl.privilege_type = 'UPDATE' and acl.grantee <> owner_id
    loop
        execute format('revoke update (%I) on %s from %s', column_grant.attname, target,
            case when column_grant.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(column_grant.grantee)) end);
    end loop;
    execute format('drop trigger if exists %I on %s', table_name || '_append_only', target);
    execute format('create trigger %I before update or delete on %s for each row execute function '
        || 'append_only_refuse_change(%L)', table_name || '_append_only', target,
        case when removable_after_retention then 'removable-after-retention' else 'never' end);
    execute format('drop trigger if exists %I on %s', table_name || '_no_truncate', target);
    execute format('create trigger %I before truncate on %s for each statement execute function '
        || 'append_only_refuse_change()', table_name || '_no_truncate', target);
end;
$$;

revoke execute on function mark_append_only(regclass, boolean) from public;
revoke execute on function append_only_refuse_change() from public;
