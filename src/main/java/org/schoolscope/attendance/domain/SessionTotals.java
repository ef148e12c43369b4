package org.schoolscope.attendance.domain;

/**
 * A pupil's (or a group's) sessions over a period, as DfE counts them: possible sessions, of which absent (authorised
 * or unauthorised) and approved educational activities; the rest were present. Attendance is present plus approved
 * activities.
 */
public record SessionTotals(long possible, long absent, long unauthorised, long approved) {

    public static final SessionTotals NONE = new SessionTotals(0, 0, 0, 0);

    public SessionTotals {
        if (possible < 0 || absent < 0 || unauthorised < 0 || approved < 0 || absent + approved > possible
                || unauthorised > absent) {
            throw new IllegalArgumentException("Inconsistent sessions: possible " + possible + ", absent " + absent
                    + ", unauthorised " + unauthorised + ", approved " + approved);
        }
    }

    public SessionTotals plus(SessionTotals other) {
        return new SessionTotals(possible + other.possible, absent + other.absent, unauthorised + other.unauthorised,
                approved + other.approved);
    }

    public SessionTotals minus(SessionTotals earlier) {
        return new SessionTotals(possible - earlier.possible, absent - earlier.absent,
                unauthorised - earlier.unauthorised, approved - earlier.approved);
    }

    public long authorised() {
        return absent - unauthorised;
    }

    public long present() {
        return possible - absent - approved;
    }

    public long attended() {
        return possible - absent;
    }

    /** Absence as a percentage of possible sessions; 0 when there were none. */
    public double absenceRate() {
        return percent(absent);
    }

    public double attendanceRate() {
        return possible == 0 ? 0 : 100 - absenceRate();
    }

    public double percent(long sessions) {
        return possible == 0 ? 0 : 100.0 * sessions / possible;
    }

    /** Missed 10% or more of possible sessions (DfE's persistent absence). */
    public boolean persistentlyAbsent() {
        return possible > 0 && absent * 10 >= possible;
    }

    /** Missed 50% or more of possible sessions (DfE's severe absence). */
    public boolean severelyAbsent() {
        return possible > 0 && absent * 2 >= possible;
    }
}
