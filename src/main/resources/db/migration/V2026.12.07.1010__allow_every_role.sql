-- Attendance (2026.12.04.1010) and returns and casework (2026.12.05.1000) were built side by side, and each re-created
-- the role column's check with the first seven roles and its own: run in order, the second took the attendance
-- officer out again. The check now names every role.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check check (role in ('ADMIN', 'OFFICER', 'PARTNER',
    'BOARD', 'DCS', 'HEADTEACHER', 'ANALYST', 'ATTENDANCE_OFFICER', 'CASE_WORKER', 'GOVERNOR_SERVICES',
    'SAFEGUARDING_OFFICER'));
