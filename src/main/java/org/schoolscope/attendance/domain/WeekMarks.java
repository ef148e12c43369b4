package org.schoolscope.attendance.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One pupil's marks for one week, Monday morning to Friday afternoon: ten bytes, each a code's stored id or 0 where
 * there was no session (a weekend is never stored; a holiday, a day before the pupil joined or after they left is 0).
 * Slot {@code 2 * day + session}, Monday being day 0. The masks have bit {@code slot} set for a session of that kind.
 */
public final class WeekMarks {

    public static final int SLOTS = 10;

    /** All ten sessions. */
    public static final int WHOLE_WEEK = (1 << SLOTS) - 1;

    private static final int[] POSSIBLE = new int[AttendanceCode.maxId() + 1];
    private static final int[] ABSENT = new int[POSSIBLE.length];
    private static final int[] UNAUTHORISED = new int[POSSIBLE.length];
    private static final int[] APPROVED = new int[POSSIBLE.length];

    static {
        for (AttendanceCode code : AttendanceCode.values()) {
            CodeCategory category = code.category();
            POSSIBLE[code.id()] = category.possible() ? 1 : 0;
            ABSENT[code.id()] = category.absent() ? 1 : 0;
            UNAUTHORISED[code.id()] = category == CodeCategory.UNAUTHORISED ? 1 : 0;
            APPROVED[code.id()] = category == CodeCategory.APPROVED_ACTIVITY ? 1 : 0;
        }
    }

    private WeekMarks() {
    }

    /** The slot of a session on a weekday. */
    public static int slot(DayOfWeek day, Session session) {
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("Registers are not taken at weekends: " + day);
        }
        return 2 * (day.getValue() - 1) + session.index();
    }

    /** The Monday of the week a day falls in. */
    public static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    /** The sessions of a week up to and including a day: every slot up to its afternoon; a weekend takes all. */
    public static int sessionsUpTo(LocalDate day) {
        int dayIndex = day.getDayOfWeek().getValue() - 1;
        return dayIndex >= 5 ? WHOLE_WEEK : (1 << (2 * dayIndex + 2)) - 1;
    }

    public static int possibleMask(byte[] marks, int offset) {
        return mask(marks, offset, POSSIBLE);
    }

    public static int absentMask(byte[] marks, int offset) {
        return mask(marks, offset, ABSENT);
    }

    public static int unauthorisedMask(byte[] marks, int offset) {
        return mask(marks, offset, UNAUTHORISED);
    }

    public static int approvedMask(byte[] marks, int offset) {
        return mask(marks, offset, APPROVED);
    }

    /** The week's sessions within the given slots. */
    public static SessionTotals totals(byte[] marks, int offset, int slots) {
        return new SessionTotals(Integer.bitCount(possibleMask(marks, offset) & slots),
                Integer.bitCount(absentMask(marks, offset) & slots),
                Integer.bitCount(unauthorisedMask(marks, offset) & slots),
                Integer.bitCount(approvedMask(marks, offset) & slots));
    }

    /** Whether any of the week's ten slots holds a mark. */
    public static boolean anyMark(byte[] marks, int offset) {
        for (int slot = 0; slot < SLOTS; slot++) {
            if (marks[offset + slot] != 0) {
                return true;
            }
        }
        return false;
    }

    /** The marks as register letters, a dot for no session, e.g. {@code "/\ /\ IIII.."}. */
    public static String describe(byte[] marks, int offset) {
        StringBuilder text = new StringBuilder();
        for (int slot = 0; slot < SLOTS; slot++) {
            int id = marks[offset + slot];
            text.append(id == 0 ? "." : AttendanceCode.byId(id).mark());
            if (slot % 2 == 1 && slot < SLOTS - 1) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    public static byte[] empty() {
        byte[] marks = new byte[SLOTS];
        Arrays.fill(marks, (byte) 0);
        return marks;
    }

    private static int mask(byte[] marks, int offset, int[] table) {
        int mask = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            mask |= table[marks[offset + slot]] << slot;
        }
        return mask;
    }
}
