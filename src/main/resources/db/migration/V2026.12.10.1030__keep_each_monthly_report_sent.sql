-- Why (issue 14, item 4): what the council sent the commissioner for a month must be shown later exactly as it was
-- sent, though the data behind the report keeps changing. Each month's report, once recorded as sent, is kept as
-- the PDF that was sent with its SHA-256, who sent it and when; never changed or taken back.
create table sent_report (
    id          bigserial   primary key,
    kind        text        not null check (kind in ('MONTHLY_REPORT')),
    la_code     integer     not null,
    month       text        not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    sent_by     text        not null check (btrim(sent_by) <> ''),
    sent_at     timestamptz not null,
    pdf         bytea       not null,
    pdf_sha256  text        not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    unique (kind, la_code, month)
);

select mark_append_only('sent_report');
