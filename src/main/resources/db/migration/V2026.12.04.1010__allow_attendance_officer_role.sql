-- Attendance officers are a new role (issue 17): they see every school's pupil-level attendance and hold the termly
-- targeting meetings. The role list is checked where users' roles are stored, so it names the new role too.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check check (role in ('ADMIN', 'OFFICER', 'PARTNER',
    'BOARD', 'DCS', 'HEADTEACHER', 'ANALYST', 'ATTENDANCE_OFFICER'));
