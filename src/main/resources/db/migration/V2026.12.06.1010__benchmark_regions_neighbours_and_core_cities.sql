-- Issue 11 item 5. A school's figures are set beside its council's, its region's, England's, its council's
-- statistical neighbours' and the core cities'. DfE publishes regions' figures (LAIT), so a figure may describe a
-- region (la_code then holds the region's code as the file gives it, e.g. 984 for the West Midlands in LAIT).
alter table figure drop constraint figure_scope_check;
alter table figure add constraint figure_scope_check
    check (scope in ('SCHOOL', 'LOCAL_AUTHORITY', 'REGION', 'ENGLAND'));
alter table figure add constraint figure_region_has_code check (scope <> 'REGION' or la_code is not null);

-- The councils, regions and England as the benchmark files name them, with each council's region. Owned by
-- performance; filled by the files that publish them (LAIT, DfE's statistical neighbours), the latest file's word
-- standing for a name.
create table benchmark_area (
    code        integer primary key,
    name        text    not null,
    kind        text    not null check (kind in ('LOCAL_AUTHORITY', 'REGION', 'ENGLAND')),
    region_code integer,
    import_id   bigint  not null references import_batch (id)
);

-- DfE's children's services statistical neighbours: each council's ten nearest councils, closest first, with
-- DfE's closeness band. Each file's list is kept; the newest import's list is the one in use.
create table statistical_neighbour (
    la_code           integer not null,
    rank              integer not null check (rank between 1 and 10),
    neighbour_la_code integer not null,
    closeness         text,
    import_id         bigint  not null references import_batch (id),
    source_file       text    not null,
    primary key (la_code, rank, import_id)
);

select mark_append_only('statistical_neighbour');
