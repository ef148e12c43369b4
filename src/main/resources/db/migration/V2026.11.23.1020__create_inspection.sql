-- Ofsted inspections in all three eras. History is kept: each inspection is one row, never overwritten.
create table inspection (
    id                     bigserial primary key,
    urn                    integer not null,
    inspection_key         text    not null,
    inspection_number      text,
    kind                   text    not null check (kind in ('GRADED', 'UNGRADED')),
    framework              text    not null check (framework in ('SINGLE_GRADE', 'KEY_JUDGEMENTS', 'REPORT_CARD', 'UNGRADED')),
    inspection_type        text,
    start_date             date,
    end_date               date,
    publication_date       date,
    overall_effectiveness  smallint check (overall_effectiveness between 1 and 4),
    category_of_concern    text check (category_of_concern in ('SM', 'SWK')),
    safeguarding           text check (safeguarding in ('EFFECTIVE', 'NOT_EFFECTIVE', 'MET', 'NOT_MET')),
    ungraded_outcome       text,
    converted_to_graded    boolean,
    urn_at_inspection      integer,
    school_name_at_inspection text,
    import_id              bigint  not null references import_batch (id),
    source_file            text    not null,
    unique (urn, inspection_key)
);

create index inspection_urn on inspection (urn, start_date);

-- Key judgements (2019 framework and 2024-25) and report-card evaluation areas (from November 2025).
create table inspection_judgement (
    inspection_id bigint not null references inspection (id),
    area          text   not null,
    grade         text   not null,
    primary key (inspection_id, area)
);
