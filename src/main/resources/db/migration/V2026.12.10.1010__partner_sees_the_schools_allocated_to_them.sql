-- Why (issue 12, item 6): a priority partner is a person with an account. Allocating a partner user to a school
-- on the year's list lets that user see the school for the year; allocating another partner, taking the school
-- off the list, or agreeing the next year's list ends it. Each allocation is kept with who granted and ended it.
create table partner_school_access (
    id             bigserial   primary key,
    user_id        bigint      not null references app_user (id) on delete cascade,
    urn            integer     not null,
    academic_year  integer     not null,
    granted_by     text        not null check (btrim(granted_by) <> ''),
    granted_at     timestamptz not null,
    ended_by       text,
    ended_at       timestamptz,
    check ((ended_by is null) = (ended_at is null))
);

-- One partner at a time for a school in a year.
create unique index partner_school_access_current on partner_school_access (urn, academic_year)
    where ended_at is null;
create index partner_school_access_user on partner_school_access (user_id) where ended_at is null;

-- The schools a viewer limited to some schools may see: those given to the account, and, for a partner, those
-- allocated to them and not yet ended. A disabled user sees no school.
create or replace function viewer_schools(viewer text) returns setof integer
    language sql stable as $$
    select s.urn
    from app_user u join app_user_school s on s.user_id = u.id
    where lower(u.username) = lower(viewer) and u.enabled
    union
    select a.urn
    from app_user u join partner_school_access a on a.user_id = u.id
    where lower(u.username) = lower(viewer) and u.enabled and a.ended_at is null
        and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = 'PARTNER')
$$;
