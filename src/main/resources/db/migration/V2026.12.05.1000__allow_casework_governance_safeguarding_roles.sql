-- Issue 16 adds three roles: case workers (complaints and whistleblowing, the only role that sees who raised a case),
-- governor services (the governance register) and the education safeguarding officer (section 175 audits and
-- validation visits). The role column's check listed the first seven roles, so it is widened to take the new ones.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check check (role in ('ADMIN', 'OFFICER', 'PARTNER',
    'BOARD', 'DCS', 'HEADTEACHER', 'ANALYST', 'CASE_WORKER', 'GOVERNOR_SERVICES', 'SAFEGUARDING_OFFICER'));
