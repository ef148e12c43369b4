-- Why (issue 15, items 2, 3 and 6): no published series or record of Schoolscope's holds some of the directorate's
-- indicators (seed 001's PIs 2, 3, 4, 16, 22, 23 and A1 to A4), so an officer enters each period's value with its
-- evidence; and an officer may set an indicator's status against the computed one, with a reason. Both are records of
-- who said what and when: nothing is ever changed or removed. A correction is a new entry for the same council,
-- indicator and period, naming the entry it corrects; the latest stands. Owned by the scorecard module.
create table indicator_entry (
    id                   bigserial   primary key,
    la_code              integer     not null,
    indicator_code       text        not null check (btrim(indicator_code) <> ''),
    period               text        not null check (btrim(period) <> ''),
    value                numeric,
    not_available_reason text,
    evidence             text        not null check (btrim(evidence) <> ''),
    entered_by           text        not null check (btrim(entered_by) <> ''),
    entered_at           timestamptz not null,
    corrects_id          bigint      references indicator_entry (id),
    check ((value is null) = (not_available_reason is not null)),
    check (not_available_reason is null or btrim(not_available_reason) <> '')
);
create index indicator_entry_by_council_and_indicator on indicator_entry (la_code, indicator_code, period, id);

select mark_append_only('indicator_entry');

create table indicator_status_override (
    id              bigserial   primary key,
    la_code         integer     not null,
    indicator_code  text        not null check (btrim(indicator_code) <> ''),
    period          text        not null check (btrim(period) <> ''),
    status          text        not null check (status in ('GREEN', 'AMBER', 'RED')),
    computed_status text        not null check (computed_status in ('GREEN', 'AMBER', 'RED', 'NONE')),
    reason          text        not null check (btrim(reason) <> ''),
    set_by          text        not null check (btrim(set_by) <> ''),
    set_at          timestamptz not null,
    check (status <> computed_status)
);
create index indicator_status_override_by_council_and_indicator
    on indicator_status_override (la_code, indicator_code, period, id);

select mark_append_only('indicator_status_override');
