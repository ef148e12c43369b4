package org.schoolscope.attendance.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.schoolscope.attendance.domain.WeekMarks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way marks are written, for imports and the synthetic council alike, inside the caller's transaction.
 * Given a council's year (its {@link EnrolmentIndex}) and, for some weeks, ten bytes per enrolment (0 where the
 * input says nothing), it overlays them on the stored marks and rewrites each affected week row with the running
 * totals before it, week by week in order, so that every enrolment has a row for every imported week from its first
 * mark on. A week already stored for other pupils keeps their rows; weeks after the input are rewritten only for
 * the pupils whose earlier marks changed. Sessions per school, day and code are recomputed for the schools whose
 * marks changed.
 *
 * <p>Memory is two running-total arrays and one week's marks per enrolment at a time: about 60 bytes per pupil,
 * whatever the number of marks.
 */
@Component
public class MarksStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    MarksStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Marks new to the store and marks a later input changed, for the import log. */
    public record WriteCounts(long added, long changed, int weeks) {
    }

    /** Where a changed mark's earlier code goes: the import that changed it. */
    public interface ChangeLog {

        void changed(int enrolmentId, LocalDate day, int session, int oldCode, int newCode);
    }

    /**
     * Writes the given weeks' marks (keyed by Monday; each array holds {@code 10 * index.size()} bytes) for the
     * council's year.
     */
    public WriteCounts write(EnrolmentIndex index, NavigableMap<LocalDate, byte[]> weeks, ChangeLog changes) {
        if (weeks.isEmpty()) {
            return new WriteCounts(0, 0, 0);
        }
        int size = index.size();
        for (byte[] week : weeks.values()) {
            if (week.length != size * WeekMarks.SLOTS) {
                throw new IllegalArgumentException("A week's marks need ten bytes per enrolment");
            }
        }
        TreeSet<LocalDate> stored = storedWeeks(index);
        Running running = new Running(size);
        LocalDate previous = stored.lower(weeks.firstKey());
        if (previous != null) {
            loadRunningTotalsAfter(index, previous, running);
        }
        TreeSet<LocalDate> toProcess = new TreeSet<>(weeks.keySet());
        toProcess.addAll(stored.tailSet(weeks.firstKey(), true));
        BitSet touched = new BitSet(size);
        long added = 0;
        long changed = 0;
        for (LocalDate monday : toProcess) {
            byte[] incoming = weeks.get(monday);
            StoredWeek existing = storedWeek(index, monday);
            byte[] finalMarks = existing.marks;
            BitSet rewrite = new BitSet(size);
            BitSet schools = new BitSet();
            if (incoming != null) {
                for (int enrolment = 0; enrolment < size; enrolment++) {
                    int offset = enrolment * WeekMarks.SLOTS;
                    if (!WeekMarks.anyMark(incoming, offset)) {
                        continue;
                    }
                    touched.set(enrolment);
                    for (int slot = 0; slot < WeekMarks.SLOTS; slot++) {
                        byte now = incoming[offset + slot];
                        byte before = finalMarks[offset + slot];
                        if (now == 0 || now == before) {
                            continue;
                        }
                        if (before == 0) {
                            added++;
                        } else {
                            changed++;
                            if (changes != null) {
                                changes.changed(index.id(enrolment), monday.plusDays(slot / 2), slot % 2, before, now);
                            }
                        }
                        finalMarks[offset + slot] = now;
                        schools.set(index.urn(enrolment));
                    }
                }
            }
            for (int enrolment = 0; enrolment < size; enrolment++) {
                boolean carried = running.hasRow.get(enrolment) && !existing.present.get(enrolment);
                if (touched.get(enrolment) || carried) {
                    rewrite.set(enrolment);
                }
            }
            rewriteRows(index, monday, finalMarks, existing.present, rewrite, running);
            for (int enrolment = existing.present.nextSetBit(0); enrolment >= 0;
                    enrolment = existing.present.nextSetBit(enrolment + 1)) {
                if (!rewrite.get(enrolment)) {
                    running.add(enrolment, finalMarks);
                }
            }
            if (!schools.isEmpty()) {
                rewriteSchoolDays(index, monday, finalMarks, schools);
            }
            if (incoming != null) {
                recordWeek(index, monday, finalMarks);
            }
            rewriteSchoolWeek(index, monday, running);
        }
        return new WriteCounts(added, changed, weeks.size());
    }

    /** The Mondays of the weeks stored for the council's year. */
    public TreeSet<LocalDate> storedWeeks(EnrolmentIndex index) {
        return new TreeSet<>(jdbc.sql(
                "select week_start from attendance_council_week where la_code = :la and academic_year = :year")
                .param("la", index.laCode()).param("year", index.year().toString()).query(LocalDate.class).list());
    }

    private void loadRunningTotalsAfter(EnrolmentIndex index, LocalDate monday, Running running) {
        jdbc.sql("""
                select w.enrolment_id, w.possible_before + bit_count(w.possible_mask::int::bit(16)) as possible,
                    w.absent_before + bit_count(w.absent_mask::int::bit(16)) as absent,
                    w.unauthorised_before + bit_count(w.unauthorised_mask::int::bit(16)) as unauthorised,
                    w.approved_before + bit_count(w.approved_mask::int::bit(16)) as approved
                from attendance_week w
                join attendance_enrolment e on e.id = w.enrolment_id
                join attendance_school s on s.urn = e.urn
                where w.week_start = :monday and s.la_code = :la and e.academic_year = :year""")
                .param("monday", monday).param("la", index.laCode()).param("year", index.year().toString())
                .query(row -> {
                    var enrolment = index.indexOfId(row.getInt("enrolment_id"));
                    if (enrolment.isPresent()) {
                        running.set(enrolment.getAsInt(), row.getInt("possible"), row.getInt("absent"),
                                row.getInt("unauthorised"), row.getInt("approved"));
                    }
                });
    }

    /** The stored marks of the council's year for one week, ten bytes per enrolment, and which enrolments had a row. */
    private StoredWeek storedWeek(EnrolmentIndex index, LocalDate monday) {
        byte[] marks = new byte[index.size() * WeekMarks.SLOTS];
        BitSet present = new BitSet(index.size());
        jdbc.sql("""
                select w.enrolment_id, w.marks from attendance_week w
                join attendance_enrolment e on e.id = w.enrolment_id
                join attendance_school s on s.urn = e.urn
                where w.week_start = :monday and s.la_code = :la and e.academic_year = :year""")
                .param("monday", monday).param("la", index.laCode()).param("year", index.year().toString())
                .query(row -> {
                    var enrolment = index.indexOfId(row.getInt("enrolment_id"));
                    if (enrolment.isPresent()) {
                        System.arraycopy(row.getBytes("marks"), 0, marks, enrolment.getAsInt() * WeekMarks.SLOTS,
                                WeekMarks.SLOTS);
                        present.set(enrolment.getAsInt());
                    }
                });
        return new StoredWeek(marks, present);
    }

    private void rewriteRows(EnrolmentIndex index, LocalDate monday, byte[] marks, BitSet existing, BitSet rewrite,
            Running running) {
        List<Integer> replaced = new ArrayList<>();
        for (int enrolment = rewrite.nextSetBit(0); enrolment >= 0; enrolment = rewrite.nextSetBit(enrolment + 1)) {
            if (existing.get(enrolment)) {
                replaced.add(index.id(enrolment));
            }
        }
        if (!replaced.isEmpty()) {
            jdbc.sql("delete from attendance_week where week_start = :monday and enrolment_id = any(:ids)")
                    .param("monday", monday).param("ids", replaced.stream().mapToInt(Integer::intValue).toArray())
                    .update();
        }
        if (rewrite.isEmpty()) {
            return;
        }
        String week = monday.toString();
        try (CopyWriter copy = new CopyWriter(dataSource, "attendance_week (enrolment_id, week_start, marks, "
                + "possible_mask, absent_mask, unauthorised_mask, approved_mask, possible_before, absent_before, "
                + "unauthorised_before, approved_before)")) {
            for (int enrolment = rewrite.nextSetBit(0); enrolment >= 0;
                    enrolment = rewrite.nextSetBit(enrolment + 1)) {
                int offset = enrolment * WeekMarks.SLOTS;
                StringBuilder row = copy.row();
                row.append(index.id(enrolment)).append(',').append(week).append(',');
                CopyWriter.hex(row, marks, offset, WeekMarks.SLOTS);
                row.append(',').append(WeekMarks.possibleMask(marks, offset)).append(',')
                        .append(WeekMarks.absentMask(marks, offset)).append(',')
                        .append(WeekMarks.unauthorisedMask(marks, offset)).append(',')
                        .append(WeekMarks.approvedMask(marks, offset)).append(',')
                        .append(running.possible[enrolment]).append(',').append(running.absent[enrolment]).append(',')
                        .append(running.unauthorised[enrolment]).append(',').append(running.approved[enrolment]);
                copy.endRow();
                running.add(enrolment, marks);
            }
        }
    }

    /** Sessions per school, day and code for the week, for the given schools, from every enrolment's final marks. */
    private void rewriteSchoolDays(EnrolmentIndex index, LocalDate monday, byte[] marks, BitSet schools) {
        int[] urns = schools.stream().toArray();
        jdbc.sql("delete from attendance_school_day where urn = any(:urns) and on_date between :monday and :friday")
                .param("urns", urns).param("monday", monday).param("friday", monday.plusDays(4)).update();
        Map<Integer, int[]> counts = new TreeMap<>();
        int codes = org.schoolscope.attendance.domain.AttendanceCode.maxId() + 1;
        for (int enrolment = 0; enrolment < index.size(); enrolment++) {
            int urn = index.urn(enrolment);
            if (!schools.get(urn)) {
                continue;
            }
            int[] school = counts.computeIfAbsent(urn, u -> new int[5 * codes]);
            int offset = enrolment * WeekMarks.SLOTS;
            for (int slot = 0; slot < WeekMarks.SLOTS; slot++) {
                int code = marks[offset + slot];
                if (code != 0) {
                    school[(slot / 2) * codes + code]++;
                }
            }
        }
        try (CopyWriter copy = new CopyWriter(dataSource, "attendance_school_day (urn, on_date, code, sessions)")) {
            counts.forEach((urn, school) -> {
                for (int day = 0; day < 5; day++) {
                    String date = monday.plusDays(day).toString();
                    for (int code = 1; code < codes; code++) {
                        int sessions = school[day * codes + code];
                        if (sessions > 0) {
                            copy.row().append(urn).append(',').append(date).append(',').append(code).append(',')
                                    .append(sessions);
                            copy.endRow();
                        }
                    }
                }
            });
        }
    }

    /** Each school's year to date at the end of the week, from every enrolment's running totals. */
    private void rewriteSchoolWeek(EnrolmentIndex index, LocalDate monday, Running running) {
        Map<Integer, long[]> schools = new TreeMap<>();
        for (int enrolment = 0; enrolment < index.size(); enrolment++) {
            int possible = running.possible[enrolment];
            long[] school = schools.computeIfAbsent(index.urn(enrolment), urn -> new long[7]);
            if (possible == 0) {
                continue;
            }
            int absent = running.absent[enrolment];
            school[0]++;
            school[1] += absent * 10 >= possible ? 1 : 0;
            school[2] += absent * 2 >= possible ? 1 : 0;
            school[3] += possible;
            school[4] += absent;
            school[5] += running.unauthorised[enrolment];
            school[6] += running.approved[enrolment];
        }
        jdbc.sql("delete from attendance_school_week where week_start = :monday and urn = any(:urns)")
                .param("monday", monday).param("urns", schools.keySet().stream().mapToInt(Integer::intValue).toArray())
                .update();
        try (CopyWriter copy = new CopyWriter(dataSource, "attendance_school_week (urn, week_start, pupils, persistent,"
                + " severe, possible, absent, unauthorised, approved)")) {
            schools.forEach((urn, school) -> {
                if (school[0] == 0) {
                    return;
                }
                StringBuilder row = copy.row().append(urn).append(',').append(monday);
                for (long value : school) {
                    row.append(',').append(value);
                }
                copy.endRow();
            });
        }
    }

    /** Records the week as imported for the council, with the last day that holds a mark. */
    private void recordWeek(EnrolmentIndex index, LocalDate monday, byte[] marks) {
        int lastDay = -1;
        for (int offset = 0; offset < marks.length; offset += WeekMarks.SLOTS) {
            for (int slot = WeekMarks.SLOTS - 1; slot > lastDay * 2 + 1; slot--) {
                if (marks[offset + slot] != 0) {
                    lastDay = slot / 2;
                    break;
                }
            }
        }
        if (lastDay < 0) {
            return;
        }
        jdbc.sql("""
                insert into attendance_council_week (la_code, academic_year, week_start, last_day)
                values (:la, :year, :monday, :last)
                on conflict (la_code, week_start) do update
                    set last_day = greatest(attendance_council_week.last_day, excluded.last_day)""")
                .param("la", index.laCode()).param("year", index.year().toString()).param("monday", monday)
                .param("last", Date.valueOf(monday.plusDays(lastDay))).update();
    }

    private record StoredWeek(byte[] marks, BitSet present) {
    }

    /** Each enrolment's totals before the week being written, and whether it has a row yet. */
    private static final class Running {

        final int[] possible;
        final int[] absent;
        final int[] unauthorised;
        final int[] approved;
        final BitSet hasRow;

        Running(int size) {
            possible = new int[size];
            absent = new int[size];
            unauthorised = new int[size];
            approved = new int[size];
            hasRow = new BitSet(size);
        }

        void set(int enrolment, int possibleSessions, int absentSessions, int unauthorisedSessions,
                int approvedSessions) {
            possible[enrolment] = possibleSessions;
            absent[enrolment] = absentSessions;
            unauthorised[enrolment] = unauthorisedSessions;
            approved[enrolment] = approvedSessions;
            hasRow.set(enrolment);
        }

        void add(int enrolment, byte[] marks) {
            int offset = enrolment * WeekMarks.SLOTS;
            possible[enrolment] += Integer.bitCount(WeekMarks.possibleMask(marks, offset));
            absent[enrolment] += Integer.bitCount(WeekMarks.absentMask(marks, offset));
            unauthorised[enrolment] += Integer.bitCount(WeekMarks.unauthorisedMask(marks, offset));
            approved[enrolment] += Integer.bitCount(WeekMarks.approvedMask(marks, offset));
            hasRow.set(enrolment);
        }
    }
}
