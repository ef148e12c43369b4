package org.schoolscope.attendance.web;

import org.schoolscope.attendance.TargetingMeetings;

/** A term's meeting status in words. */
public final class MeetingStates {

    private MeetingStates() {
    }

    public static String describe(TargetingMeetings.TermStatus status) {
        return switch (status.state()) {
            case HELD -> "Held on " + status.latest().format(DAY)
                    + (status.meetings() > 1 ? " (" + status.meetings() + " meetings)" : "");
            case DUE -> "Due by " + status.term().lastDay().format(DAY);
            case NOT_HELD -> "Not held (the term ended on " + status.term().lastDay().format(DAY) + ")";
            case NOT_YET_DUE -> "Not yet due (the term starts on " + status.term().firstDay().format(DAY) + ")";
        };
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", java.util.Locale.UK);

}
