-- Measures and figures. figure.measure_code and figure.import_id have no foreign keys on purpose: figures are
-- written in bulk only by the figure writer, in the same transaction that creates their batch and measures, and
-- per-row foreign-key triggers doubled the time to import a national file (measured: 10 s of 21 s for 168,000).
-- Measures and figures. A figure is either a value or "not available" with the published reason, never both.
create table measure (
    code              text primary key,
    label             text    not null,
    unit              text    not null check (unit in ('PERCENT', 'SCORE', 'COUNT', 'RATE', 'TEXT')),
    higher_is_better  boolean,
    topic             text    not null
);

create table figure (
    id              bigserial primary key,
    scope           text    not null check (scope in ('SCHOOL', 'LOCAL_AUTHORITY', 'ENGLAND')),
    urn             integer,
    la_code         integer,
    -- Benchmarks are sometimes published per school type or phase ('State-funded primary'); '' is all schools.
    breakdown       text    not null default '',
    measure_code    text    not null,
    academic_year   text    not null,
    release_stage   text    not null check (release_stage in ('PROVISIONAL', 'REVISED', 'FINAL')),
    value           numeric,
    text_value      text,
    unavailable     text,
    raw_value       text    not null,
    import_id       bigint  not null,
    source_file     text    not null,
    check (num_nonnulls(value, text_value, unavailable) = 1),
    check ((scope = 'SCHOOL') = (urn is not null)),
    check (scope <> 'LOCAL_AUTHORITY' or la_code is not null)
);

create unique index figure_identity on figure (scope, coalesce(urn, 0), coalesce(la_code, 0), breakdown,
    measure_code, academic_year, release_stage);
create index figure_urn on figure (urn) where urn is not null;
