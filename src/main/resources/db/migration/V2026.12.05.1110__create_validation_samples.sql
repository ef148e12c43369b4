-- Validation samples, visits and full audits (issue 16, item 2; seed 000 section 5.1: "5% independent validation of
-- schools' safeguarding ... and a full audit of those schools that have failed to comply"; section 5.2: "visits
-- undertaken (5% annually) to validate findings").
-- A sample keeps its seed, its method and the council's rules, and every school of the population it was drawn from
-- with why it was or was not taken, so anyone can draw it again from the record and get the same schools.
-- A failed validation or a missing return opens a full audit, tracked by dated entries to its closure.
-- Marked append-only, as the returns are.

create table validation_sample (
    id                          bigserial     primary key,
    definition_id               bigint        not null unique references return_definition (id),
    share_percent               numeric(5, 2) not null check (share_percent > 0 and share_percent <= 100),
    seed                        bigint        not null,
    method                      text          not null,
    include_schools_of_concern  boolean       not null,
    include_non_returners       boolean       not null,
    exclude_previous_year       boolean       not null,
    concern_source              text          not null default '',
    drawn_by                    text          not null,
    drawn_at                    timestamptz   not null
);

-- Every school of the population: taken (at random, as a school of concern, as a non-returner, or chosen by the
-- officer) or not (eligible but not drawn, or left out because it was sampled the year before).
create table validation_sample_school (
    sample_id    bigint  not null references validation_sample (id),
    urn          integer not null,
    status       text    not null check (status in ('RANDOM', 'SCHOOL_OF_CONCERN', 'NON_RETURNER', 'CHOSEN',
                     'NOT_DRAWN', 'SAMPLED_LAST_YEAR')),
    draw_number  text,
    primary key (sample_id, urn)
);

create table validation_visit (
    id           bigserial   primary key,
    sample_id    bigint      not null references validation_sample (id),
    urn          integer     not null,
    visited_on   date        not null,
    outcome      text        not null check (outcome in ('VALIDATED', 'FAILED')),
    findings     text        not null check (btrim(findings) <> ''),
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    unique (sample_id, urn)
);

create table full_audit (
    id             bigserial   primary key,
    definition_id  bigint      not null references return_definition (id),
    urn            integer     not null,
    reason         text        not null check (reason in ('FAILED_VALIDATION', 'MISSING_RETURN')),
    visit_id       bigint      references validation_visit (id),
    opened_on      date        not null,
    opened_by      text        not null,
    opened_at      timestamptz not null,
    unique (definition_id, urn)
);

create table full_audit_entry (
    id           bigserial   primary key,
    audit_id     bigint      not null references full_audit (id),
    kind         text        not null check (kind in ('PROGRESS', 'CLOSED')),
    entry_on     date        not null,
    text         text        not null check (btrim(text) <> ''),
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create unique index full_audit_closed_once on full_audit_entry (audit_id) where kind = 'CLOSED';

select mark_append_only('validation_sample');
select mark_append_only('validation_sample_school');
select mark_append_only('validation_visit');
select mark_append_only('full_audit');
select mark_append_only('full_audit_entry');
