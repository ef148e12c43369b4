package org.schoolscope.attendance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One enrolment's marks week by week (Mondays ascending), and what follows from them: totals as at a day or between
 * two days, absence by reason, the week the pupil crossed the persistent or severe threshold, and the weekly
 * trajectory of their year-to-date attendance.
 */
public final class PupilWeeks {

    private final List<LocalDate> mondays;
    private final byte[] marks;

    /** @param marks ten bytes per week, in the order of {@code mondays} */
    public PupilWeeks(List<LocalDate> mondays, byte[] marks) {
        if (marks.length != mondays.size() * WeekMarks.SLOTS) {
            throw new IllegalArgumentException("Ten marks per week are needed");
        }
        for (int i = 1; i < mondays.size(); i++) {
            if (!mondays.get(i).isAfter(mondays.get(i - 1))) {
                throw new IllegalArgumentException("Weeks must be in order");
            }
        }
        this.mondays = List.copyOf(mondays);
        this.marks = marks.clone();
    }

    /** The pupil's sessions from the first mark to the given day, inclusive. */
    public SessionTotals asAt(LocalDate day) {
        return between(LocalDate.MIN, day);
    }

    /** Sessions on the days from {@code from} to {@code to}, both inclusive. */
    public SessionTotals between(LocalDate from, LocalDate to) {
        SessionTotals totals = SessionTotals.NONE;
        for (int week = 0; week < mondays.size(); week++) {
            int slots = slotsBetween(mondays.get(week), from, to);
            if (slots != 0) {
                totals = totals.plus(WeekMarks.totals(marks, week * WeekMarks.SLOTS, slots));
            }
        }
        return totals;
    }

    /** Sessions of each code up to the given day (codes with none are left out). */
    public Map<AttendanceCode, Integer> byCode(LocalDate day) {
        Map<AttendanceCode, Integer> counts = new EnumMap<>(AttendanceCode.class);
        for (int week = 0; week < mondays.size(); week++) {
            int slots = slotsBetween(mondays.get(week), LocalDate.MIN, day);
            for (int slot = 0; slot < WeekMarks.SLOTS; slot++) {
                int id = marks[week * WeekMarks.SLOTS + slot];
                if ((slots & (1 << slot)) != 0 && id != 0) {
                    counts.merge(AttendanceCode.byId(id), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The year to date at the end of each week up to the given day (the last week cut at the day). */
    public List<WeekPoint> trajectory(LocalDate day) {
        List<WeekPoint> points = new ArrayList<>();
        SessionTotals running = SessionTotals.NONE;
        for (int week = 0; week < mondays.size() && !mondays.get(week).isAfter(day); week++) {
            running = running.plus(WeekMarks.totals(marks, week * WeekMarks.SLOTS,
                    slotsBetween(mondays.get(week), LocalDate.MIN, day)));
            points.add(new WeekPoint(mondays.get(week), running));
        }
        return points;
    }

    /**
     * The Monday of the week at whose end the pupil last became persistently absent and has stayed so since, as at
     * the given day; empty when they are not persistently absent then.
     */
    public Optional<LocalDate> persistentSince(LocalDate day) {
        return since(day, false);
    }

    /** As {@link #persistentSince}, for severe absence. */
    public Optional<LocalDate> severeSince(LocalDate day) {
        return since(day, true);
    }

    private Optional<LocalDate> since(LocalDate day, boolean severe) {
        List<WeekPoint> points = trajectory(day);
        LocalDate since = null;
        for (WeekPoint point : points) {
            boolean over = severe ? point.totals().severelyAbsent() : point.totals().persistentlyAbsent();
            if (over && since == null) {
                since = point.monday();
            } else if (!over) {
                since = null;
            }
        }
        return Optional.ofNullable(since);
    }

    /** The slots of the week starting on the Monday that fall on days from {@code from} to {@code to}. */
    static int slotsBetween(LocalDate monday, LocalDate from, LocalDate to) {
        int slots = 0;
        for (int day = 0; day < 5; day++) {
            LocalDate date = monday.plusDays(day);
            if (!date.isBefore(from) && !date.isAfter(to)) {
                slots |= 3 << (2 * day);
            }
        }
        return slots;
    }

    /** The year to date at the end of the week starting on {@code monday}. */
    public record WeekPoint(LocalDate monday, SessionTotals totals) {
    }
}
