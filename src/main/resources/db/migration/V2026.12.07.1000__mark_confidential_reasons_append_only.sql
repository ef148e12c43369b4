-- A run's confidential reasons (V2026.12.03.2010) are part of its record, like the result they belong to. That
-- migration could only give the table refusing triggers of its own, because mark_append_only() arrives later
-- (V2026.12.03.3100); marking it here also takes UPDATE, DELETE and TRUNCATE away from the application's role.
select mark_append_only('school_assessment_confidential_reason');
drop function if exists confidential_reason_refuse_change();
