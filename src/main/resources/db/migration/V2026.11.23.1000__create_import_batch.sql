-- Every file taken in is one batch, keyed by the SHA-256 of its bytes so that the same file twice changes nothing.
create table import_batch (
    id             bigserial primary key,
    file_name      text        not null,
    file_kind      text        not null,
    content_sha256 text        not null unique,
    academic_year  text,
    release_stage  text,
    as_at          date,
    imported_at    timestamptz not null,
    imported_by    text        not null,
    rows_read      integer     not null,
    rows_added     integer     not null,
    rows_changed   integer     not null,
    rows_unchanged integer     not null,
    rows_skipped   integer     not null
);

comment on column import_batch.rows_skipped is 'Rows read but outside what the layout stores (for example summary rows of another kind).';
