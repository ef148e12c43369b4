-- Why (issue 15, item 2): the directorate scorecard measures the service by the council's performance indicators,
-- each with its target and source. The council changes them (a new plan, a target agreed), and a past scorecard must
-- be shown by the catalogue it was judged by, so every version is kept as the YAML document it edited, with who
-- changed it, why and when, as the rulebook's are. Owned by the scorecard module; nothing here is ever updated.
create table indicator_catalogue_version (
    id          bigserial   primary key,
    version     integer     not null unique,
    yaml        text        not null,
    author      text        not null check (btrim(author) <> ''),
    reason      text        not null check (btrim(reason) <> ''),
    created_at  timestamptz not null
);

select mark_append_only('indicator_catalogue_version');
