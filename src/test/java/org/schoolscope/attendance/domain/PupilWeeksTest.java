package org.schoolscope.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One pupil's weeks, with the marks written out by hand. */
class PupilWeeksTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 9, 2);

    @Test
    void shouldCountSessionsUpToADayInTheMiddleOfAWeek() {
        PupilWeeks weeks = weeks("/\\ /\\ II /\\ /\\", "/\\ OO /\\ /\\ /\\");
        assertThat(weeks.asAt(LocalDate.of(2024, 9, 4))).isEqualTo(new SessionTotals(6, 2, 0, 0));
        assertThat(weeks.asAt(LocalDate.of(2024, 9, 10))).isEqualTo(new SessionTotals(14, 4, 2, 0));
        assertThat(weeks.between(LocalDate.of(2024, 9, 5), LocalDate.of(2024, 9, 13)))
                .isEqualTo(new SessionTotals(14, 2, 2, 0));
    }

    @Test
    void shouldGiveTheWeekTheCurrentSpellOfPersistentAbsenceBegan() {
        // Week 1 all present; week 2 two days off (4 of 20 = 20%); week 3 present (4 of 30, still over 10%); week 4
        // present (4 of 40 = 10%, still persistent); week 5 present (4 of 50 = 8%, no longer).
        PupilWeeks weeks = weeks("/\\ /\\ /\\ /\\ /\\", "II II /\\ /\\ /\\", "/\\ /\\ /\\ /\\ /\\",
                "/\\ /\\ /\\ /\\ /\\", "/\\ /\\ /\\ /\\ /\\");
        assertThat(weeks.persistentSince(LocalDate.of(2024, 9, 27))).contains(MONDAY.plusWeeks(1));
        assertThat(weeks.persistentSince(LocalDate.of(2024, 10, 4))).isEmpty();
        assertThat(weeks.severeSince(LocalDate.of(2024, 9, 13))).isEmpty();
    }

    @Test
    void shouldCountApprovedActivitiesAsAttendanceAndNotCountedCodesAsNoSession() {
        PupilWeeks weeks = weeks("VV /\\ Y4Y4 /\\ GG");
        SessionTotals week = weeks.asAt(LocalDate.of(2024, 9, 6));
        assertThat(week).isEqualTo(new SessionTotals(8, 2, 2, 2));
        assertThat(week.attendanceRate()).isEqualTo(75.0);
        assertThat(weeks.byCode(LocalDate.of(2024, 9, 6))).containsEntry(AttendanceCode.EDUCATIONAL_VISIT, 2)
                .containsEntry(AttendanceCode.SCHOOL_UNEXPECTEDLY_CLOSED, 2);
    }

    /** Weeks written as register letters, two a day, days apart by spaces; "." is no session. */
    static PupilWeeks weeks(String... written) {
        byte[] marks = new byte[written.length * WeekMarks.SLOTS];
        List<LocalDate> mondays = new java.util.ArrayList<>();
        for (int week = 0; week < written.length; week++) {
            mondays.add(MONDAY.plusWeeks(week));
            String[] days = written[week].split(" ");
            for (int day = 0; day < days.length; day++) {
                String pair = days[day];
                String[] sessions = pair.length() == 2 ? new String[] {pair.substring(0, 1), pair.substring(1)}
                        : new String[] {pair.substring(0, pair.length() / 2), pair.substring(pair.length() / 2)};
                for (int session = 0; session < 2; session++) {
                    String mark = sessions[session];
                    marks[week * WeekMarks.SLOTS + 2 * day + session] = mark.equals(".") ? 0
                            : AttendanceCode.ofMark(mark).orElseThrow().id();
                }
            }
        }
        return new PupilWeeks(mondays, marks);
    }
}
