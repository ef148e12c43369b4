-- The council's returns (issue 16, item 1; seed 000 sections 5.1 to 5.3): the section 175 safeguarding audit, the
-- governing body self-evaluation, the termly relationship survey, the data-exchange log and any return a council
-- defines. A definition names its questions, its period, which schools it asks (maintained or all state-funded) and
-- its due date, and never changes once made: schools answer exactly the questions they were asked.
-- A school's answers are kept as versions: every save (a draft or a submission) is a new version with who saved it,
-- in which role and when, so each answer's history can be shown and nothing submitted is ever overwritten; a
-- correction is a later submission with its reason. Chasing a school that has not returned is recorded step by step.
-- Every table here is a record: marked append-only (the application keeps SELECT and INSERT only, and the shared
-- trigger refuses UPDATE, DELETE and TRUNCATE to every role).
-- urn has no foreign key to school on purpose, as for soft intelligence: the register is rebuilt from published files
-- and a return must outlive a school's register row; the service checks the school is asked before it is answered.

create table return_definition (
    id             bigserial   primary key,
    kind           text        not null check (kind in ('SECTION_175', 'GOVERNANCE_SELF_EVALUATION',
                       'RELATIONSHIP_SURVEY', 'DATA_EXCHANGE', 'OTHER')),
    title          text        not null check (btrim(title) <> ''),
    la_code        integer     not null check (la_code between 100 and 999),
    academic_year  integer     not null check (academic_year between 1990 and 2100),
    term           text        check (term in ('AUTUMN', 'SPRING', 'SUMMER')),
    school_set     text        not null check (school_set in ('MAINTAINED', 'STATE_FUNDED')),
    completed_by   text        not null check (completed_by in ('SCHOOL', 'COUNCIL')),
    due_on         date        not null,
    created_by     text        not null,
    created_at     timestamptz not null
);

create index return_definition_kind on return_definition (la_code, kind, due_on);

create table return_question (
    definition_id  bigint      not null references return_definition (id),
    position       integer     not null check (position > 0),
    code           text        not null check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    question       text        not null check (btrim(question) <> ''),
    hint           text        not null default '',
    answer_type    text        not null check (answer_type in ('YES_NO', 'TEXT', 'NUMBER', 'DATE', 'SCALE',
                       'CHOICE')),
    required       boolean     not null,
    minimum        numeric,
    maximum        numeric,
    choices        text[]      not null default '{}',
    primary key (definition_id, code),
    unique (definition_id, position)
);

create table return_submission (
    id             bigserial   primary key,
    definition_id  bigint      not null references return_definition (id),
    urn            integer     not null check (urn between 100000 and 999999),
    version        integer     not null check (version > 0),
    status         text        not null check (status in ('DRAFT', 'SUBMITTED')),
    note           text        not null default '',
    saved_by       text        not null check (btrim(saved_by) <> ''),
    saved_as       text        not null,
    saved_at       timestamptz not null,
    unique (definition_id, urn, version)
);

create index return_submission_school on return_submission (urn, definition_id, version);

create table return_answer (
    submission_id  bigint      not null references return_submission (id),
    question_code  text        not null,
    answer         text        not null,
    primary key (submission_id, question_code)
);

-- Escalation for a school that has not returned or, for the data exchange, whose data was late, incomplete or
-- inaccurate (seed 000 section 5.3: "escalation steps defined for schools that are non-compliant").
create table return_chase (
    id             bigserial   primary key,
    definition_id  bigint      not null references return_definition (id),
    urn            integer     not null,
    step           text        not null check (step in ('REMINDER', 'LETTER_TO_HEADTEACHER', 'LETTER_TO_CHAIR',
                       'REFERRED_TO_DIRECTOR')),
    note           text        not null default '',
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);

create index return_chase_school on return_chase (definition_id, urn, id);

select mark_append_only('return_definition');
select mark_append_only('return_question');
select mark_append_only('return_submission');
select mark_append_only('return_answer');
select mark_append_only('return_chase');
