package org.schoolscope.casework.domain;

import java.time.LocalDate;

/**
 * One target's clock on a case (acknowledge within 3 working days, respond within 20, unless the council sets
 * others): when it is due and, on a day, whether it was met, and in how many working days, or how many are left or
 * overdue.
 */
public record ResponseClock(LocalDate receivedOn, int targetDays, LocalDate dueOn, LocalDate doneOn,
        State state, int days) {

    /** Met: done by the due date; late: done after it; running: not done and not yet due; overdue: not done, past. */
    public enum State {
        MET, LATE, RUNNING, OVERDUE
    }

    /**
     * @param days for a met or late target, the working days it took; running, the working days left; overdue, the
     *        working days past the due date
     */
    public static ResponseClock of(LocalDate receivedOn, int targetDays, LocalDate doneOn, LocalDate today,
            WorkingDays workingDays) {
        LocalDate due = workingDays.add(receivedOn, targetDays);
        if (doneOn != null) {
            return new ResponseClock(receivedOn, targetDays, due, doneOn, doneOn.isAfter(due) ? State.LATE
                    : State.MET, workingDays.between(receivedOn, doneOn));
        }
        if (!today.isAfter(due)) {
            return new ResponseClock(receivedOn, targetDays, due, null, State.RUNNING, workingDays.between(today,
                    due));
        }
        return new ResponseClock(receivedOn, targetDays, due, null, State.OVERDUE, workingDays.between(due, today));
    }
}
