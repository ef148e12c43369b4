-- Users, their roles and school allocations, and personal API tokens (issue 5). Local accounts keep a bcrypt
-- hash; accounts signed in through the council's identity provider have no password here and their roles and
-- schools are refreshed from the provider's claims at each sign-in. Tokens keep only a SHA-256 hash.
create table app_user (
    id               bigserial   primary key,
    username         text        not null unique check (btrim(username) <> ''),
    display_name     text        not null,
    password_hash    text,
    source           text        not null default 'LOCAL' check (source in ('LOCAL', 'OIDC')),
    enabled          boolean     not null default true,
    failed_sign_ins  integer     not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null
);

create table app_user_role (
    user_id  bigint not null references app_user (id) on delete cascade,
    role     text   not null check (role in ('ADMIN', 'OFFICER', 'PARTNER', 'BOARD', 'DCS', 'HEADTEACHER', 'ANALYST')),
    primary key (user_id, role)
);

-- The schools a partner or headteacher may see; other roles see every school.
create table app_user_school (
    user_id  bigint  not null references app_user (id) on delete cascade,
    urn      integer not null,
    primary key (user_id, urn)
);

create table api_token (
    id           bigserial   primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null check (btrim(name) <> ''),
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_user on api_token (user_id, id);
