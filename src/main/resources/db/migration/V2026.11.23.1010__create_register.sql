-- The register: local authorities, schools and the facts about them that change over time.
create table local_authority (
    la_code     integer primary key,
    name        text    not null,
    region_code text,
    region_name text
);

-- The current picture of each school: one row per URN, refreshed by each import from the latest source.
create table school (
    urn                  integer primary key,
    laestab              integer,
    la_code              integer,
    name                 text not null,
    establishment_type   text,
    type_group           text,
    status               text,
    phase                text,
    open_date            date,
    close_date           date,
    statutory_low_age    integer,
    statutory_high_age   integer,
    number_of_pupils     integer,
    gender               text,
    religious_character  text,
    trust_name           text,
    federation_name      text,
    constituency         text,
    ward                 text,
    responsible_body     text not null check (responsible_body in ('LOCAL_AUTHORITY', 'TRUST', 'OTHER', 'UNKNOWN')),
    updated_by_import    bigint references import_batch (id)
);

create index school_la_code on school (la_code);

-- History of each school's facts: a new row whenever an import sees the facts differ from the latest row,
-- so that a past year can be reported as it stood then (as_at is the date the source file describes).
create table school_record (
    id                  bigserial primary key,
    urn                 integer not null references school (urn),
    as_at               date    not null,
    laestab             integer,
    la_code             integer,
    name                text    not null,
    establishment_type  text,
    type_group          text,
    status              text,
    phase               text,
    trust_name          text,
    federation_name     text,
    constituency        text,
    ward                text,
    responsible_body    text    not null,
    import_id           bigint  not null references import_batch (id),
    source_file         text    not null
);

create index school_record_urn on school_record (urn, as_at);

-- Academy conversions and other re-openings give a new URN; GIAS links predecessor and successor.
create table school_link (
    urn               integer not null,
    linked_urn        integer not null,
    linked_name       text,
    link_type         text    not null,
    established_on    date,
    import_id         bigint  not null references import_batch (id),
    primary key (urn, linked_urn, link_type)
);

-- Trusts, federations and other GIAS groups.
create table school_group (
    group_uid     integer primary key,
    group_id      text,
    name          text not null,
    group_type    text not null,
    status        text,
    opened_on     date,
    closed_on     date,
    companies_house_number text,
    ukprn         text,
    import_id     bigint not null references import_batch (id)
);

-- A council's own districts (and locality networks) as a mapping from the constituency in the published files.
create table district_mapping (
    la_code       integer not null,
    constituency  text    not null,
    district      text    not null,
    locality      text,
    valid_from    date    not null,
    primary key (la_code, constituency, valid_from)
);
