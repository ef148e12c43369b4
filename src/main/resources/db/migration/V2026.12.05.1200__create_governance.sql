-- The governance register (issue 16, item 3; seed 000 section 5.2): each school's governing body, its governors as
-- people across schools, chair, vice-chair and clerk, vacancies and how long each stayed open, whether the list of
-- governors is published on the school's website, governors' declared interests and training.
-- A person is one record across schools, but two records are never joined by the system alone: an officer confirms a
-- suggested match (or says the two are different people), and the decision is kept with its explanation. Anyone
-- governing more than two schools at once is flagged ("an individual should only be a governor at a maximum of two
-- schools at any one time").
-- Nothing is edited: an appointment ends by an end record, a vacancy is filled by a fill record, a later chair or
-- clerk or website check supersedes an earlier one. A trigger refuses UPDATE, DELETE and TRUNCATE, except that the
-- retention command may delete a person's records once their retention period has ended, inside a transaction that
-- sets schoolscope.retention to 'on'. urn has no foreign key to school, as for soft intelligence.

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

create function governance_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('schoolscope.retention', true) = 'on' and tg_table_name in (
            'governor_person', 'governor_match_decision', 'governor_appointment', 'governor_appointment_end',
            'governing_body_role', 'governor_interest', 'governor_training') then
        return old;
    end if;
    raise exception '% is append-only: % refused (record an end, a fill or a later check instead)',
        tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

do $$
declare
    name text;
begin
    foreach name in array array['governor_person', 'governor_match_decision', 'governor_appointment',
            'governor_appointment_end', 'governing_body_role', 'governing_body_clerk', 'governor_interest',
            'governor_training', 'governor_vacancy', 'governor_vacancy_filled', 'governing_body_website_check',
            'governor_import'] loop
        execute format('create trigger %I before update or delete on %I for each row '
            'execute function governance_refuse_change()', name || '_append_only', name);
        execute format('create trigger %I before truncate on %I for each statement '
            'execute function governance_refuse_change()', name || '_no_truncate', name);
    end loop;
end;
$$;
