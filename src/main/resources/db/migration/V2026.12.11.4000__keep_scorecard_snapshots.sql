-- Why (issue 15, item 4): the directorate reviews its scorecard monthly, and a past month's scorecard must be shown
-- exactly as it stood then, after later figures, entries and statuses have changed today's. An officer keeps the
-- month's scorecard for a year as the table the page showed, with its SHA-256; one per council, year and month, never
-- changed or removed. Owned by the scorecard module.
create table scorecard_snapshot (
    id                bigserial   primary key,
    la_code           integer     not null,
    year              text        not null check (btrim(year) <> ''),
    month             date        not null check (extract(day from month) = 1),
    catalogue_version integer     not null,
    html              text        not null,
    sha256            text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    kept_by           text        not null check (btrim(kept_by) <> ''),
    kept_at           timestamptz not null,
    unique (la_code, year, month)
);

select mark_append_only('scorecard_snapshot');
