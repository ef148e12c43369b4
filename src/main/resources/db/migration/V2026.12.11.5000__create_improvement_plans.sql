-- Why (issue 15, item 5): a council keeps its improvement plans (seed 001's outcomes and "We will" actions; seed
-- 000's themes of actions, each with a lead, milestones and evaluation) in spreadsheets beside Schoolscope. Here a
-- plan is a title and period; its outcomes (or themes) hold actions, each with a lead, the indicators of the
-- catalogue it moves (their codes) and milestones with due dates. Progress is told only by dated updates, which are
-- kept for good (append-only): the latest is the action's or milestone's status, the earlier ones its history.
-- Owned by the scorecard module.
create table improvement_plan (
    id          bigserial   primary key,
    title       text        not null check (btrim(title) <> ''),
    period      text        not null check (btrim(period) <> ''),
    source      text        not null check (btrim(source) <> ''),
    example     boolean     not null default false,
    created_by  text        not null,
    created_at  timestamptz not null
);

create table improvement_plan_outcome (
    id              bigserial primary key,
    plan_id         bigint    not null references improvement_plan (id),
    position        integer   not null,
    title           text      not null check (btrim(title) <> ''),
    summary         text,
    indicator_codes text[]    not null default '{}',
    unique (plan_id, position)
);

create table improvement_plan_action (
    id              bigserial primary key,
    outcome_id      bigint    not null references improvement_plan_outcome (id),
    position        integer   not null,
    text            text      not null check (btrim(text) <> ''),
    lead            text,
    evaluation      text,
    indicator_codes text[]    not null default '{}',
    unique (outcome_id, position)
);

create table improvement_plan_milestone (
    id         bigserial primary key,
    action_id  bigint    not null references improvement_plan_action (id),
    position   integer   not null,
    text       text      not null check (btrim(text) <> ''),
    due_on     date,
    unique (action_id, position)
);

-- A dated account of progress on an action, or on one of its milestones: its status then (the RAG rating follows
-- from it), what the officer says and the evidence, who recorded it and when.
create table improvement_plan_update (
    id           bigserial   primary key,
    action_id    bigint      not null references improvement_plan_action (id),
    milestone_id bigint      references improvement_plan_milestone (id),
    as_of        date        not null,
    status       text        not null
        check (status in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE')),
    commentary   text        not null check (btrim(commentary) <> ''),
    evidence     text,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create index improvement_plan_update_action on improvement_plan_update (action_id, as_of, recorded_at);

select mark_append_only('improvement_plan_update');
