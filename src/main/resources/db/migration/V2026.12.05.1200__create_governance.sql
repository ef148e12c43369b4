-- The governance register (issue 16, item 3; seed 000 section 5.2): each school's governing body, its governors as
-- people across schools, chair, vice-chair and clerk, vacancies and how long each stayed open, whether the list of
-- governors is published on the school's website, governors' declared interests and training.
-- A person is one record across schools, but two records are never joined by the system alone: an officer confirms a
-- suggested match (or says the two are different people), and the decision is kept with its explanation. Anyone
-- governing more than two schools at once is flagged ("an individual should only be a governor at a maximum of two
-- schools at any one time").
-- Nothing is edited: an appointment ends by an end record, a vacancy is filled by a fill record, a later chair or
-- clerk or website check supersedes an earlier one. Every table is marked append-only. A person's records (details,
-- appointments, roles, interests, training, match decisions) are removable after retention, and go only through the
-- owner's remove_expired_governors below, once every appointment of the person stopped more than the period in
-- governor_retention ago. urn has no foreign key to school, as for soft intelligence.

create table governor_person (
    id           bigserial   primary key,
    full_name    text        not null check (btrim(full_name) <> ''),
    name_key     text        not null,
    email        text        not null default '',
    postcode     text        not null default '',
    source       text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create index governor_person_name_key on governor_person (name_key);
create index governor_person_email on governor_person (lower(email)) where email <> '';

-- An officer's decision about two records: the same person (person_id is merged into other_id) or not.
create table governor_match_decision (
    id           bigserial   primary key,
    person_id    bigint      not null references governor_person (id),
    other_id     bigint      not null references governor_person (id),
    same_person  boolean     not null,
    reason       text        not null check (btrim(reason) <> ''),
    decided_by   text        not null,
    decided_at   timestamptz not null,
    check (person_id <> other_id)
);

create unique index governor_merged_once on governor_match_decision (person_id) where same_person;

create table governor_appointment (
    id              bigserial   primary key,
    person_id       bigint      not null references governor_person (id),
    urn             integer     not null check (urn between 100000 and 999999),
    category        text        not null check (category in ('PARENT', 'STAFF', 'HEADTEACHER', 'LOCAL_AUTHORITY',
                        'FOUNDATION', 'PARTNERSHIP', 'CO_OPTED')),
    appointing_body text        not null,
    term_start      date        not null,
    term_end        date        check (term_end >= term_start),
    source          text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);

create index governor_appointment_school on governor_appointment (urn);
create index governor_appointment_person on governor_appointment (person_id);

create table governor_appointment_end (
    appointment_id  bigint      primary key references governor_appointment (id),
    ended_on        date        not null,
    reason          text        not null check (btrim(reason) <> ''),
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);

-- The chair and vice-chair from a date: the latest for each role stands.
create table governing_body_role (
    id              bigserial   primary key,
    urn             integer     not null,
    role            text        not null check (role in ('CHAIR', 'VICE_CHAIR')),
    appointment_id  bigint      not null references governor_appointment (id),
    from_on         date        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);

create table governing_body_clerk (
    id           bigserial   primary key,
    urn          integer     not null,
    name         text        not null check (btrim(name) <> ''),
    email        text        not null default '',
    from_on      date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create table governor_interest (
    id           bigserial   primary key,
    person_id    bigint      not null references governor_person (id),
    urn          integer,
    kind         text        not null check (kind in ('BUSINESS', 'PECUNIARY', 'OTHER')),
    description  text        not null check (btrim(description) <> ''),
    declared_on  date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create table governor_training (
    id            bigserial   primary key,
    person_id     bigint      not null references governor_person (id),
    course        text        not null check (btrim(course) <> ''),
    completed_on  date        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);

create table governor_vacancy (
    id           bigserial   primary key,
    urn          integer     not null check (urn between 100000 and 999999),
    category     text        not null check (category in ('PARENT', 'STAFF', 'HEADTEACHER', 'LOCAL_AUTHORITY',
                     'FOUNDATION', 'PARTNERSHIP', 'CO_OPTED')),
    opened_on    date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create table governor_vacancy_filled (
    vacancy_id   bigint      primary key references governor_vacancy (id),
    filled_on    date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create table governing_body_website_check (
    id          bigserial   primary key,
    urn         integer     not null,
    checked_on  date        not null,
    published   boolean     not null,
    note        text        not null default '',
    checked_by  text        not null,
    checked_at  timestamptz not null
);

-- Each imported spreadsheet, by its content: the same file twice changes nothing.
create table governor_import (
    id           bigserial   primary key,
    file_name    text        not null,
    sha256       text        not null unique,
    rows_read    integer     not null,
    added        integer     not null,
    unchanged    integer     not null,
    imported_by  text        not null,
    imported_at  timestamptz not null
);

select mark_append_only('governor_person', removable_after_retention => true);
select mark_append_only('governor_match_decision', removable_after_retention => true);
select mark_append_only('governor_appointment', removable_after_retention => true);
select mark_append_only('governor_appointment_end', removable_after_retention => true);
select mark_append_only('governing_body_role', removable_after_retention => true);
select mark_append_only('governor_interest', removable_after_retention => true);
select mark_append_only('governor_training', removable_after_retention => true);
select mark_append_only('governing_body_clerk');
select mark_append_only('governor_vacancy');
select mark_append_only('governor_vacancy_filled');
select mark_append_only('governing_body_website_check');
select mark_append_only('governor_import');

-- A governor's period runs from a date no one table holds (the day their last appointment stopped: an early end,
-- else the end of the term), so it is declared here rather than in retention_policy, whose removal deletes from one
-- table by one of its columns. Only the schema owner may change it:
--   update governor_retention set kept_for = interval '7 years';
create table governor_retention (
    only_row  boolean  primary key default true check (only_row),
    kept_for  interval not null check (kept_for > interval '0 days')
);

insert into governor_retention (kept_for) values (interval '6 years');
revoke insert, update, delete, truncate on governor_retention from "${application_role}";

-- Removes every record of the given people whose appointments all stopped more than the period ago, by the
-- database's own date, and audits each removal; returns the people removed. A person is a record with every record
-- confirmed to be the same person. Owned by the schema owner and run with its rights, so the application, which holds
-- no DELETE on these tables, removes governors only this way.
create function remove_expired_governors(person_ids bigint[], removed_by text)
returns setof bigint
language plpgsql security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $$
declare
    kept interval := (select kept_for from governor_retention);
    removed bigint[];
    records bigint[];
begin
    if kept is null then
        raise exception 'No retention period is declared for governors' using errcode = 'insufficient_privilege';
    end if;
    with recursive people(record_id, person_id) as (
        select p.id, p.id from governor_person p
        where p.id = any(person_ids) and not exists (
            select 1 from governor_match_decision d where d.person_id = p.id and d.same_person)
        union all
        select d.person_id, people.person_id from governor_match_decision d
        join people on people.record_id = d.other_id
        where d.same_person),
    flagged as (
        select people.person_id, people.record_id,
            exists (select 1 from governor_appointment a where a.person_id = people.record_id) as served,
            not exists (
                select 1 from governor_appointment a
                left join governor_appointment_end e on e.appointment_id = a.id
                where a.person_id = people.record_id
                  and coalesce(e.ended_on, a.term_end, 'infinity'::date) + kept >= current_date) as stopped
        from people),
    expired as (
        select person_id from flagged group by person_id having bool_and(stopped) and bool_or(served))
    select (select array_agg(person_id) from expired),
        (select array_agg(record_id) from flagged where person_id in (select person_id from expired))
    into removed, records;
    perform set_config('schoolscope.retention_removal', 'on', true);
    delete from governing_body_role where appointment_id in (
        select id from governor_appointment where person_id = any(records));
    delete from governor_appointment_end where appointment_id in (
        select id from governor_appointment where person_id = any(records));
    delete from governor_appointment where person_id = any(records);
    delete from governor_interest where person_id = any(records);
    delete from governor_training where person_id = any(records);
    delete from governor_match_decision where person_id = any(records) or other_id = any(records);
    delete from governor_person where id = any(records);
    perform set_config('schoolscope.retention_removal', 'off', true);
    insert into audit_event (occurred_at, actor, action, record_type, record_id, detail)
    select clock_timestamp(), coalesce(nullif(btrim(removed_by), ''), 'unknown'), 'remove-expired', 'governor',
        removed_id::text, format('removed by the database at the end of its retention period: a governor''s '
            || 'records, kept for %s after their last appointment stopped', kept)
    from unnest(removed) as removed_id;
    return query select unnest(removed);
end;
$$;

revoke execute on function remove_expired_governors(bigint[], text) from public;
grant execute on function remove_expired_governors(bigint[], text) to "${application_role}";
