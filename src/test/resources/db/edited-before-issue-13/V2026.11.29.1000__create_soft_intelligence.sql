-- Soft intelligence and self-reported vulnerability (issue 3, item 3; seed 004, "schools in crisis" and "school
-- self-reported vulnerability"). Officers and partners record what they learn about a school's leadership,
-- staffing, governance, finance, HR, safeguarding or complaints; a school may say it considers itself vulnerable.
-- Rules read both (soft.leadership_crisis, self_reported_vulnerable), and a run must give the same answer when
-- reproduced, so nothing is ever edited: a note or a self-report is withdrawn by a separate withdrawal record with
-- its reason. The tables refuse UPDATE, DELETE and TRUNCATE, except that the retention command may delete notes
-- whose retention period has ended, inside a transaction that sets schoolscope.retention to 'on'.
-- urn has no foreign key to school on purpose: the register is rebuilt from GIAS files, and a note must outlive a
-- school's register row (a closed or re-imported school) rather than block or cascade with it; the service checks
-- the school is in the register when a note is recorded.

create table soft_intelligence_note (
    id                bigserial   primary key,
    urn               integer     not null,
    topic             text        not null check (topic in ('LEADERSHIP_AND_MANAGEMENT', 'STAFF_VACANCIES',
                          'GOVERNANCE', 'FINANCE', 'HR', 'SAFEGUARDING', 'COMPLAINTS')),
    learnt            text        not null check (btrim(learnt) <> ''),
    source            text        not null check (btrim(source) <> ''),
    sensitivity       text        not null check (sensitivity in ('NORMAL', 'SENSITIVE', 'HIGHLY_SENSITIVE')),
    noted_on          date        not null,
    review_on         date        not null check (review_on >= noted_on),
    leadership_crisis boolean     not null,
    recorded_by       text        not null,
    recorded_at       timestamptz not null
);

create index soft_intelligence_note_urn on soft_intelligence_note (urn, id);

-- At most one withdrawal per note. Deleted with its note when the note's retention period ends.
create table soft_intelligence_withdrawal (
    note_id      bigint      primary key references soft_intelligence_note (id) on delete cascade,
    reason       text        not null check (btrim(reason) <> ''),
    withdrawn_by text        not null,
    withdrawn_at timestamptz not null
);

-- A school's statement that it considers itself vulnerable, made by its headteacher or by an officer or partner on
-- its behalf (reported_by is the signed-in user, reported_as their role).
create table self_report (
    id          bigserial   primary key,
    urn         integer     not null,
    reason      text        not null check (btrim(reason) <> ''),
    reported_on date        not null,
    reported_by text        not null,
    reported_as text        not null,
    recorded_at timestamptz not null
);

create index self_report_urn on self_report (urn, id);

create table self_report_withdrawal (
    self_report_id bigint      primary key references self_report (id),
    reason         text        not null check (btrim(reason) <> ''),
    withdrawn_by   text        not null,
    withdrawn_at   timestamptz not null
);

create function refuse_soft_intelligence_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name in ('soft_intelligence_note', 'soft_intelligence_withdrawal')
            and current_setting('schoolscope.retention', true) = 'on' then
        return old;
    end if;
    raise exception '% is append-only: % is refused (withdraw a record instead of changing it)',
        tg_table_name, tg_op;
end;
$$;

create trigger soft_intelligence_note_append_only before update or delete on soft_intelligence_note
    for each row execute function refuse_soft_intelligence_change();
create trigger soft_intelligence_note_no_truncate before truncate on soft_intelligence_note
    for each statement execute function refuse_soft_intelligence_change();
create trigger soft_intelligence_withdrawal_append_only before update or delete on soft_intelligence_withdrawal
    for each row execute function refuse_soft_intelligence_change();
create trigger soft_intelligence_withdrawal_no_truncate before truncate on soft_intelligence_withdrawal
    for each statement execute function refuse_soft_intelligence_change();
create trigger self_report_append_only before update or delete on self_report
    for each row execute function refuse_soft_intelligence_change();
create trigger self_report_no_truncate before truncate on self_report
    for each statement execute function refuse_soft_intelligence_change();
create trigger self_report_withdrawal_append_only before update or delete on self_report_withdrawal
    for each row execute function refuse_soft_intelligence_change();
create trigger self_report_withdrawal_no_truncate before truncate on self_report_withdrawal
    for each statement execute function refuse_soft_intelligence_change();

-- The moment up to which a run read soft intelligence and self-reports. A reproduced run reads them as they stood
-- then, so a note recorded or withdrawn since does not change the answer. Runs made before this column read none.
alter table assessment_run add column soft_facts_as_at timestamptz;
