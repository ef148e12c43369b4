package org.schoolscope.attendance.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schoolscope.attendance.domain.Term;
import org.schoolscope.attendance.domain.TermCalendar;
import org.schoolscope.attendance.domain.TermDates;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.shared.AcademicYear;

/**
 * The synthetic council's 2024-25 school year: 190 days (380 sessions) in three terms with a half term in each and
 * the May Day bank holiday, dates of the kind English councils set. Fictional like the council, so they are the
 * generator's, not any council's.
 */
public final class SyntheticCalendar {

    public static final AcademicYear YEAR = AcademicYear.parse("2024-25");

    private static final List<TermDates> TERMS = List.of(
            new TermDates(YEAR, Term.AUTUMN, LocalDate.of(2024, 9, 5), LocalDate.of(2024, 12, 20),
                    LocalDate.of(2024, 10, 28), LocalDate.of(2024, 11, 1)),
            new TermDates(YEAR, Term.SPRING, LocalDate.of(2025, 1, 7), LocalDate.of(2025, 4, 4),
                    LocalDate.of(2025, 2, 17), LocalDate.of(2025, 2, 21)),
            new TermDates(YEAR, Term.SUMMER, LocalDate.of(2025, 4, 22), LocalDate.of(2025, 7, 21),
                    LocalDate.of(2025, 5, 26), LocalDate.of(2025, 5, 30)));

    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(LocalDate.of(2025, 5, 5));

    private final List<LocalDate> schoolDays;

    public SyntheticCalendar() {
        List<LocalDate> days = new ArrayList<>();
        for (TermDates term : TERMS) {
            for (LocalDate day = term.firstDay(); !day.isAfter(term.lastDay()); day = day.plusDays(1)) {
                if (term.isSchoolDay(day) && !BANK_HOLIDAYS.contains(day)) {
                    days.add(day);
                }
            }
        }
        this.schoolDays = List.copyOf(days);
    }

    public List<TermDates> terms() {
        return TERMS;
    }

    public TermCalendar calendar() {
        return new TermCalendar(TERMS);
    }

    /** Every day registers are taken, in order (190). */
    public List<LocalDate> schoolDays() {
        return schoolDays;
    }

    /** The Monday of the first week. */
    public LocalDate firstMonday() {
        return WeekMarks.monday(schoolDays.get(0));
    }

    /** The number of weeks from the first Monday to the week of the last school day. */
    public int weeks() {
        return (int) ((WeekMarks.monday(schoolDays.get(schoolDays.size() - 1)).toEpochDay()
                - firstMonday().toEpochDay()) / 7) + 1;
    }

    /** Where a school day's morning goes in a pupil's marks laid out week by week, ten slots a week. */
    public int slot(LocalDate day) {
        int week = (int) ((WeekMarks.monday(day).toEpochDay() - firstMonday().toEpochDay()) / 7);
        return week * WeekMarks.SLOTS + 2 * (day.getDayOfWeek().getValue() - 1);
    }
}
