-- Complaints and whistleblowing casework (issue 16, item 4; seed 000 section 5.3: "a single point of contact",
-- measured by "number of complaints received; response times; number of closed complaints; effectiveness of any
-- intervention made through case-tracking"; "a small task force ... to undertake investigations into complaints or
-- concerns about the behaviours of governors / leaders").
-- A case's record says what was received, when, how and about which schools, with the acknowledgement and response
-- targets in working days as they stood when it was logged. Who raised it is kept apart in casework_party, the only
-- table holding their identity: the queries give it to case workers only and every other role reads "Protected".
-- Every step (triage, assignment, acknowledgement, actions, response, closure, referrals) is a row of casework_event.
-- Every table is marked append-only. Who raised a case (casework_party) is removable after retention: it is declared
-- in retention_policy as kept for 6 years after the case was received (the day is copied into the row so the owner's
-- remove_expired_records can count from it), and the retention command proposes only closed cases.

create sequence casework_reference;

create table casework_case (
    id                  bigserial   primary key,
    reference           text        not null unique,
    kind                text        not null check (kind in ('COMPLAINT', 'WHISTLEBLOWING')),
    channel             text        not null check (channel in ('EMAIL', 'TELEPHONE', 'LETTER', 'ONLINE_FORM',
                            'IN_PERSON', 'REFERRAL')),
    category            text        not null check (category in ('GOVERNANCE', 'LEADERSHIP', 'SAFEGUARDING',
                            'FINANCE', 'OTHER')),
    received_on         date        not null,
    summary             text        not null check (btrim(summary) <> ''),
    acknowledge_within  integer     not null check (acknowledge_within > 0),
    respond_within      integer     not null check (respond_within > 0),
    logged_by           text        not null,
    logged_at           timestamptz not null
);

create table casework_case_school (
    case_id  bigint  not null references casework_case (id),
    urn      integer not null check (urn between 100000 and 999999),
    primary key (case_id, urn)
);

create index casework_case_school_urn on casework_case_school (urn);

create table casework_party (
    case_id       bigint      primary key references casework_case (id),
    received_on   date        not null,
    anonymous     boolean     not null,
    name          text        not null default '',
    contact       text        not null default '',
    relationship  text        not null check (relationship in ('PARENT', 'STAFF', 'GOVERNOR', 'PUPIL',
                      'MEMBER_OF_PUBLIC', 'OTHER', 'NOT_GIVEN')),
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    check (anonymous or btrim(name) <> '')
);

create table casework_event (
    id           bigserial   primary key,
    case_id      bigint      not null references casework_case (id),
    kind         text        not null check (kind in ('TRIAGED', 'ASSIGNED', 'ACKNOWLEDGED', 'ACTION', 'RESPONDED',
                     'CLOSED', 'REFERRED_SOFT_INTELLIGENCE', 'REFERRED_SAFEGUARDING')),
    occurred_on  date        not null,
    detail       text        not null default '',
    value        text        not null default '',
    actor        text        not null,
    recorded_at  timestamptz not null
);

create index casework_event_case on casework_event (case_id, id);
create unique index casework_closed_once on casework_event (case_id) where kind = 'CLOSED';

select mark_append_only('casework_case');
select mark_append_only('casework_case_school');
select mark_append_only('casework_party', removable_after_retention => true);
select mark_append_only('casework_event');

insert into retention_policy (record_type, table_name, id_column, ends_column, kept_for, description) values
    ('casework-identity', 'casework_party', 'case_id', 'received_on', interval '6 years',
     'who raised a complaint or whistleblowing case, after the case was received');
