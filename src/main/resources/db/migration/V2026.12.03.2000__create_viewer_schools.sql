-- Issue 10: which schools a partner or headteacher may see is decided in SQL, once, by the access module, and read
-- from the allocations as they are now, so a changed allocation applies at once rather than at the next sign-in.
-- Every module's list, export, comparison, agenda and report query asks this function (through the access module's
-- ViewerScope) instead of filtering in a controller. A disabled user sees no school. Whether a role sees every
-- school is decided from the roles the request carries, and passed beside it.
create function viewer_schools(viewer text) returns setof integer
    language sql stable as $$
    select s.urn
    from app_user u join app_user_school s on s.user_id = u.id
    where lower(u.username) = lower(viewer) and u.enabled
$$;
