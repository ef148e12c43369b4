package org.schoolscope.attendance.domain;

/**
 * Did attendance improve after the support agreed at a meeting? The pupil's attendance from the start of the term of
 * the meeting to the meeting, against their attendance since it. Improved means the rate since is higher by at
 * least a tenth of a percentage point; with no sessions since, it cannot yet be said.
 */
public record FollowUp(SessionTotals before, SessionTotals since) {

    public enum Outcome {
        IMPROVED("Improved"), NOT_IMPROVED("Not improved"), NOT_YET_KNOWN("Too early to say");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Outcome outcome() {
        if (since.possible() == 0 || before.possible() == 0) {
            return Outcome.NOT_YET_KNOWN;
        }
        return since.attendanceRate() - before.attendanceRate() >= 0.1 ? Outcome.IMPROVED : Outcome.NOT_IMPROVED;
    }
}
