-- Why (issue 13, a complete audit): administrators search the audit log by school and by action as well as by
-- user, record type and date. An event about one school (an override, an improvement step, a letter) names it
-- here; events about no one school (a sign-in, a run, an import) leave it empty. Earlier events keep it empty:
-- the log is append-only, and is never rewritten to fill it.
alter table audit_event add column school_urn integer;

create index audit_event_school on audit_event (school_urn, occurred_at desc) where school_urn is not null;
create index audit_event_action on audit_event (action, occurred_at desc);
