-- Why (issue 13): every record the service keeps as a record is append-only in the database itself, not by
-- convention: the audit log, the improvement timeline and its board meetings, soft intelligence and self-reports
-- with their withdrawals, and the assessment's rulebook versions, runs, results and overrides (the last four were
-- append-only by convention only). The per-module triggers these tables had are replaced by the shared ones;
-- refuse_soft_intelligence_change() loses the retention setting any session could set, and is kept, refusing
-- everything, only so that nothing naming it breaks.

drop trigger audit_event_no_update_or_delete on audit_event;
drop trigger audit_event_no_truncate on audit_event;
drop trigger improvement_event_no_update_or_delete on improvement_event;
drop trigger improvement_event_no_truncate on improvement_event;
drop trigger improvement_board_meeting_no_update_or_delete on improvement_board_meeting;
drop trigger improvement_board_meeting_no_truncate on improvement_board_meeting;
drop trigger soft_intelligence_note_append_only on soft_intelligence_note;
drop trigger soft_intelligence_note_no_truncate on soft_intelligence_note;
drop trigger soft_intelligence_withdrawal_append_only on soft_intelligence_withdrawal;
drop trigger soft_intelligence_withdrawal_no_truncate on soft_intelligence_withdrawal;
drop trigger self_report_append_only on self_report;
drop trigger self_report_no_truncate on self_report;
drop trigger self_report_withdrawal_append_only on self_report_withdrawal;
drop trigger self_report_withdrawal_no_truncate on self_report_withdrawal;

create or replace function refuse_soft_intelligence_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

select mark_append_only('audit_event');
select mark_append_only('improvement_event');
select mark_append_only('improvement_board_meeting');
select mark_append_only('soft_intelligence_note', removable_after_retention => true);
select mark_append_only('soft_intelligence_withdrawal', removable_after_retention => true);
select mark_append_only('self_report');
select mark_append_only('self_report_withdrawal');
select mark_append_only('rulebook_version');
select mark_append_only('assessment_run');
select mark_append_only('school_assessment');
select mark_append_only('assessment_override');
