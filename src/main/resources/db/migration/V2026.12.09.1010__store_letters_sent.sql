-- Why (issue 12, item 4): what a school received must be shown later exactly as it was sent, so every letter sent is
-- kept: the PDF itself and its SHA-256, with who sent it and when. One Stage 1 letter per school per academic year;
-- a letter sent is never changed or taken back, so the table is append-only.
create table sent_letter (
    id             bigserial   primary key,
    kind           text        not null check (kind in ('STAGE_1')),
    urn            integer     not null,
    academic_year  integer     not null,
    sent_by        text        not null check (btrim(sent_by) <> ''),
    sent_at        timestamptz not null,
    pdf            bytea       not null,
    pdf_sha256     text        not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    unique (kind, urn, academic_year)
);

select mark_append_only('sent_letter');
