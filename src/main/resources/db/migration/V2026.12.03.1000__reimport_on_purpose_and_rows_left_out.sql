-- Issue 10. A figure corrupted by a damaged file could not be repaired from the true file, because a file's bytes
-- could be imported only once. A council may now import a file again on purpose (import --again): a new batch that
-- names the batch that first took in the same bytes. Without --again the same bytes still answer "already imported":
-- at most one batch per content hash is a first import.
alter table import_batch drop constraint import_batch_content_sha256_key;
alter table import_batch add column reimport_of bigint references import_batch (id);
create unique index import_batch_first_import on import_batch (content_sha256) where reimport_of is null;
create index import_batch_content_sha256 on import_batch (content_sha256);

comment on column import_batch.reimport_of is 'For a file imported again on purpose, the batch that first imported the same bytes.';

-- Rows a council asked to be skipped rather than refuse the file (a school the register does not hold, a row with
-- more or fewer fields than the header) are never left out silently: each is listed with its import.
alter table import_batch add column rows_left_out integer not null default 0;

comment on column import_batch.rows_left_out is 'Rows left out at the council''s request, each listed in import_row_left_out.';

-- The same value published twice in a file is stored once and counted; two different values for one figure refuse
-- the file.
alter table import_batch add column rows_repeated integer not null default 0;

create table import_row_left_out (
    import_id   bigint not null references import_batch (id),
    line        bigint not null,
    column_name text,
    code        text   not null,
    reason      text   not null,
    primary key (import_id, line, code)
);
