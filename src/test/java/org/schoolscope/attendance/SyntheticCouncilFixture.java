package org.schoolscope.attendance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.SessionTotals;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.attendance.synthetic.SyntheticCalendar;
import org.schoolscope.attendance.synthetic.SyntheticCouncil;
import org.schoolscope.attendance.synthetic.SyntheticCouncilGenerator;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small synthetic council (2% of Birmingham: 9 schools, about 4,000 pupils, 1.5 million marks) in the test
 * database, generated once per database through the real store; and the same pupils' marks, straight from the
 * generator, for tests to work expected figures out by hand rather than through the code under test.
 */
public final class SyntheticCouncilFixture {

    public static final long SEED = 17;
    public static final double SCALE = 0.02;
    public static final int LA = SyntheticCouncilGenerator.LA_CODE;

    private SyntheticCouncilFixture() {
    }

    public static synchronized void ensure(SyntheticCouncil council, JdbcClient jdbc) {
        long expected = generator().pupils();
        long stored = jdbc.sql("""
                select count(*) from attendance_enrolment e join attendance_school s on s.urn = e.urn
                where s.la_code = 999 and e.academic_year = '2024-25'""").query(Long.class).single();
        long weeks = jdbc.sql("select count(*) from attendance_council_week where la_code = 999 and academic_year = "
                + "'2024-25'").query(Long.class).single();
        if (stored != expected || weeks == 0) {
            council.generate(SEED, SCALE, null, "test fixture");
        }
    }

    public static SyntheticCouncilGenerator generator() {
        return new SyntheticCouncilGenerator(SEED, SCALE);
    }

    /** A pupil from the generator, with the school they are at. */
    public record Pupil(String upn, Urn urn, byte[] marks) {

        /** Their sessions up to and including the day, counted from the marks by hand. */
        public SessionTotals upTo(LocalDate day) {
            return between(LocalDate.MIN, day);
        }

        public SessionTotals between(LocalDate from, LocalDate to) {
            SyntheticCalendar calendar = new SyntheticCalendar();
            long possible = 0;
            long absent = 0;
            long unauthorised = 0;
            long approved = 0;
            for (int week = 0; week < calendar.weeks(); week++) {
                LocalDate monday = calendar.firstMonday().plusWeeks(week);
                for (int slot = 0; slot < WeekMarks.SLOTS; slot++) {
                    LocalDate date = monday.plusDays(slot / 2);
                    int id = marks[week * WeekMarks.SLOTS + slot];
                    if (id == 0 || date.isBefore(from) || date.isAfter(to)) {
                        continue;
                    }
                    switch (AttendanceCode.byId(id).category()) {
                        case PRESENT -> possible++;
                        case APPROVED_ACTIVITY -> {
                            possible++;
                            approved++;
                        }
                        case AUTHORISED -> {
                            possible++;
                            absent++;
                        }
                        case UNAUTHORISED -> {
                            possible++;
                            absent++;
                            unauthorised++;
                        }
                        case NOT_COUNTED -> {
                        }
                    }
                }
            }
            return new SessionTotals(possible, absent, unauthorised, approved);
        }

        /** Sessions of each code up to the day. */
        public Map<AttendanceCode, Long> codesUpTo(LocalDate day) {
            SyntheticCalendar calendar = new SyntheticCalendar();
            Map<AttendanceCode, Long> codes = new HashMap<>();
            for (int week = 0; week < calendar.weeks(); week++) {
                LocalDate monday = calendar.firstMonday().plusWeeks(week);
                for (int slot = 0; slot < WeekMarks.SLOTS; slot++) {
                    int id = marks[week * WeekMarks.SLOTS + slot];
                    if (id != 0 && !monday.plusDays(slot / 2).isAfter(day)) {
                        codes.merge(AttendanceCode.byId(id), 1L, Long::sum);
                    }
                }
            }
            return codes;
        }
    }

    public static List<Pupil> pupils() {
        List<Pupil> pupils = new java.util.ArrayList<>();
        generator().forEachPupil(pupil -> pupils.add(new Pupil(pupil.upn(), pupil.urn(), pupil.marks())));
        return pupils;
    }
}
