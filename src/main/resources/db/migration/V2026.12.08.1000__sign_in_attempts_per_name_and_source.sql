-- Why (issue 13, sign-in): wrong passwords were counted on the user's row after each check, so 25 parallel attempts
-- were all checked although the lock-out is 5, and anyone could lock any account, administrators included, from
-- anywhere. From here on a sign-in first takes one attempt from the count for its name and source address, in one
-- statement, and is refused without a check when none is left; so parallel attempts cannot exceed the limit, and a
-- lock set from one address does not keep the user out from another. Names that match no user are counted the same
-- way, so the answer never says whether a name exists. app_user.failed_sign_ins and locked_until are no longer used.
create table sign_in_attempt (
    username     text        not null check (username = lower(username)),
    source       text        not null,
    failures     integer     not null check (failures > 0),
    locked_until timestamptz,
    primary key (username, source)
);
