package org.schoolscope.attendance.domain;

/**
 * Whether a pupil not yet persistently absent is at risk of becoming so by the end of the term: the fewest further
 * sessions they could miss, out of those left in the term, to reach 10% of possible sessions at its end (if they
 * attend every other session). At risk when that is within the council's margin.
 */
public final class AbsenceRisk {

    private AbsenceRisk() {
    }

    /**
     * Sessions of further absence that would make the pupil persistently absent at term end, or 0 when they already
     * are; never more than {@code sessionsLeft + 1} (more than that cannot happen this term).
     */
    public static long sessionsToPersistent(SessionTotals now, long sessionsLeft) {
        return sessionsTo(now, sessionsLeft, 10);
    }

    /** As {@link #sessionsToPersistent}, for severe absence (50%). */
    public static long sessionsToSevere(SessionTotals now, long sessionsLeft) {
        return sessionsTo(now, sessionsLeft, 2);
    }

    /** At risk: not yet persistently absent, and within {@code margin} sessions of it by term end. */
    public static boolean atRisk(SessionTotals now, long sessionsLeft, int margin) {
        long needed = sessionsToPersistent(now, sessionsLeft);
        return !now.persistentlyAbsent() && needed <= Math.min(margin, sessionsLeft);
    }

    /** Fewest k with (absent + k) * divisor >= possible at term end (missed sessions stay possible). */
    private static long sessionsTo(SessionTotals now, long sessionsLeft, int divisor) {
        if (now.possible() > 0 && now.absent() * divisor >= now.possible()) {
            return 0;
        }
        long possibleAtEnd = now.possible() + sessionsLeft;
        long needed = Math.max(0, ceilDiv(possibleAtEnd, divisor) - now.absent());
        return Math.min(needed, sessionsLeft + 1);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
