-- Why (issue 12, item 4): the warning notice itself and the letter confirming a school's removal from the list are
-- documents the school receives, so they are kept as sent, like the Stage 1 letters: the PDF and its SHA-256, who
-- sent it and when, tied to the step on the improvement timeline that issued it. A school may receive more than one
-- such document in a year, so they are told apart by that step, and Stage 1 letters stay one a school a year.
alter table sent_letter drop constraint sent_letter_kind_check;
alter table sent_letter add constraint sent_letter_kind_check
    check (kind in ('STAGE_1', 'WARNING_NOTICE', 'REMOVAL_LETTER'));
alter table sent_letter add column improvement_event_id bigint;
alter table sent_letter add constraint sent_letter_step_named
    check ((kind = 'STAGE_1') = (improvement_event_id is null));
alter table sent_letter drop constraint sent_letter_kind_urn_academic_year_key;
create unique index sent_letter_stage_1_once_a_year on sent_letter (kind, urn, academic_year) where kind = 'STAGE_1';
create unique index sent_letter_one_per_step on sent_letter (kind, improvement_event_id)
    where improvement_event_id is not null;
