-- Why (issue 12, item 1): an officer's override now holds for later runs, until it is withdrawn or the evidence it
-- answered changes. So each override records the evidence it answered: the category the run computed and a
-- fingerprint of the published reasons (which rules fired, on which figures and inspections). Overrides made before
-- this have neither; a later run asks the officer to confirm them. A withdrawal is a record of its own, with who,
-- when and why: the override itself is never changed, and both tables are append-only.
alter table assessment_override add column answered_category text;
alter table assessment_override add column answered_evidence text;

create table assessment_override_withdrawal (
    id            bigserial   primary key,
    override_id   bigint      not null unique references assessment_override (id),
    reason        text        not null check (btrim(reason) <> ''),
    withdrawn_by  text        not null,
    withdrawn_at  timestamptz not null
);

select mark_append_only('assessment_override_withdrawal');
