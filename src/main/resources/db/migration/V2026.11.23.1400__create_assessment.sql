-- Assessment runs (issue 3): a council must be able to show which rulebook placed a school in a category, and on
-- which data, long after the rulebook or the data changed. So rulebook versions and runs are append-only: a change
-- to the rulebook is a new version, and a new assessment is a new run; nothing here is ever updated.

-- Every version of the council's rulebook as the YAML document it edited, with who changed it, why and when.
create table rulebook_version (
    id          bigserial   primary key,
    version     integer     not null unique,
    yaml        text        not null,
    author      text        not null,
    reason      text        not null,
    created_at  timestamptz not null
);

-- One assessment of every school in scope (one LA, or all schools when la_code is null) by one rulebook version.
-- import_ids are the import batches on record when the run was made: the data it could have used.
create table assessment_run (
    id                  bigserial   primary key,
    rulebook_version_id bigint      not null references rulebook_version (id),
    la_code             integer,
    run_at              timestamptz not null,
    run_by              text        not null,
    import_ids          bigint[]    not null
);

-- Each school's result in a run. assessed_category is what the rules found; category is where the council places
-- the school (they differ for an academy, whose concern is notified to the regional director). The reasons are
-- stored with the result as data, never recomputed: fired_rules holds each rule with its evidence (value,
-- comparison value, year, source file); unchecked_rules the rules a missing figure left undecided.
create table school_assessment (
    run_id             bigint  not null references assessment_run (id),
    urn                integer not null,
    responsible_body   text    not null,
    category           text    not null,
    assessed_category  text    not null,
    score              integer not null,
    fired_rules        jsonb   not null,
    unchecked_rules    jsonb   not null,
    primary key (run_id, urn)
);

create index school_assessment_urn on school_assessment (urn, run_id);
