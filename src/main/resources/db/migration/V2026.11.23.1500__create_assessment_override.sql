-- Overrides of a computed category (issue 3, item 5). Officers may place a school in another category than the run
-- computed, but only with a written reason, and the computed result in school_assessment stays as it was: the
-- override is kept beside it. Append-only: a changed mind is a new row, so the history of decisions is kept.
create table assessment_override (
    id        bigserial   primary key,
    run_id    bigint      not null,
    urn       integer     not null,
    category  text        not null,
    reason    text        not null check (btrim(reason) <> ''),
    made_by   text        not null,
    made_at   timestamptz not null,
    foreign key (run_id, urn) references school_assessment (run_id, urn)
);

create index assessment_override_run on assessment_override (run_id, urn, id);
