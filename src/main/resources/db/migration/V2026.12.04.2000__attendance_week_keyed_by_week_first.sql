-- Why (issue 17, item 6: importing a week of a big city's marks in under 10 s): attendance_week's primary key led
-- with the enrolment, so a week's 200,000 new rows went into every leaf page of a key of millions of rows, one row
-- here and one there. Each page so touched is written again, and written whole to the write-ahead log the first
-- time after a checkpoint: 176 MB of log for one week of Birmingham's size, two thirds of the time the rows took to
-- insert. Led by the week, a new week's keys go in after the last, together, on new pages (27 MB of log); and "as
-- at a date", which reads one week's rows, finds them in the key itself, so the BRIN index on the week is no longer
-- needed. A pupil's weeks are read through the council's imported weeks (attendance_council_week), week by week.
alter table attendance_week drop constraint attendance_week_pkey;
alter table attendance_week add primary key (week_start, enrolment_id);
drop index attendance_week_start;
