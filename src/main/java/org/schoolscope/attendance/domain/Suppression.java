package org.schoolscope.attendance.domain;

/**
 * Small counts of pupils are not shown, as DfE's statistics do not show them: a count from 1 to {@code below - 1}
 * is shown as "c" (confidential), and so is any rate worked out from it or over a group that small. Zero is shown:
 * it identifies no one.
 */
public record Suppression(int below) {

    public static final String MARKER = "c";

    public Suppression {
        if (below < 1) {
            throw new IllegalArgumentException("Suppression applies below a count of at least 1");
        }
    }

    public boolean hides(long pupils) {
        return pupils > 0 && pupils < below;
    }

    /** A count of pupils as shown. */
    public String count(long pupils) {
        return hides(pupils) ? MARKER : String.format(java.util.Locale.UK, "%,d", pupils);
    }

    /** A rate over a group of pupils: hidden when the group or the count it is made from is small. */
    public String rate(long count, long group, double percent) {
        if (group == 0) {
            return "";
        }
        return hides(group) || hides(count) ? MARKER : String.format(java.util.Locale.UK, "%.1f%%", percent);
    }

    /** A rate of sessions over a group of pupils: hidden when the group is small. */
    public String sessionRate(long group, double percent) {
        if (group == 0) {
            return "";
        }
        return hides(group) ? MARKER : String.format(java.util.Locale.UK, "%.1f%%", percent);
    }
}
