package org.schoolscope.attendance.synthetic;

/**
 * How pupils' absence rates are spread in a phase, as a quantile function built to hit three published figures
 * exactly: the overall absence rate (its mean), the share persistently absent (10% or more) and the share severely
 * absent (50% or more). It runs in three pieces: from 0 up to the persistent threshold a power curve (most pupils
 * miss little), from there to the severe threshold a rising exponential (many pupils a little over 10%, a few near
 * 50%), and from there to 100% a straight line. The middle piece's steepness is fixed; the first piece's shape is
 * solved so the mean comes out right. The middle piece rises from the threshold at once, so that few pupils sit just
 * over it, where a session more or less would change their side.
 *
 * <p>A pupil's absent sessions are their rate times their possible sessions, rounded to the nearest. With 380
 * possible sessions, 38 or more is persistent absence, so a rate of 37.5 in 380 or more: the thresholds here sit
 * half a session below 10% and 50%.
 */
public final class AbsenceDistribution {

    private static final double[] MIDDLE_STEEPNESS = {5, 4, 6, 3, 7, 2.5, 8, 2, 10, 1.5, 12, 1};

    private final double persistentThreshold;
    private final double severeThreshold;
    private final double lowerEdge;
    private final double upperEdge;
    private final double firstShape;
    private final double middleSteepness;

    /**
     * @param mean the share of possible sessions missed
     * @param persistent the share of pupils missing 10% or more
     * @param severe the share of pupils missing 50% or more
     * @param sessions a full year's possible sessions (380)
     */
    public AbsenceDistribution(double mean, double persistent, double severe, int sessions) {
        if (!(severe > 0 && severe < persistent && persistent < 1 && mean > 0 && mean < 1)) {
            throw new IllegalArgumentException("Not a spread of absence: mean " + mean + ", persistent "
                    + persistent + ", severe " + severe);
        }
        this.persistentThreshold = 0.1 - 0.5 / sessions;
        this.severeThreshold = 0.5 - 0.5 / sessions;
        this.lowerEdge = 1 - persistent;
        this.upperEdge = 1 - severe;
        double top = severe * (severeThreshold + 1) / 2;
        for (double steepness : MIDDLE_STEEPNESS) {
            double middle = (upperEdge - lowerEdge) * (persistentThreshold
                    + (severeThreshold - persistentThreshold) * meanOfRise(steepness));
            double first = mean - middle - top;
            double solved = persistentThreshold * lowerEdge / first - 1;
            if (first > 0 && solved >= 0.3 && solved <= 12) {
                this.middleSteepness = steepness;
                this.firstShape = solved;
                return;
            }
        }
        throw new IllegalArgumentException("No spread of absence fits mean " + mean + ", persistent " + persistent
                + " and severe " + severe);
    }

    /** The absence rate of the pupil at quantile {@code u} (0 to 1). */
    public double rate(double u) {
        if (u <= lowerEdge) {
            return persistentThreshold * Math.pow(u / lowerEdge, firstShape);
        }
        if (u <= upperEdge) {
            return persistentThreshold + (severeThreshold - persistentThreshold)
                    * rise((u - lowerEdge) / (upperEdge - lowerEdge), middleSteepness);
        }
        return severeThreshold + (1 - severeThreshold) * (u - upperEdge) / (1 - upperEdge);
    }

    /**
     * A pupil's absent sessions out of their possible ones at the given rate: the nearest whole number, kept on the
     * side of the persistent and severe thresholds the rate is on, whatever the number of possible sessions (a pupil
     * who joined late has fewer, and 10% of them may fall between two whole numbers).
     */
    public int absentSessions(double rate, int possible) {
        int absent = (int) Math.round(rate * possible);
        int persistent = (possible + 9) / 10;
        int severe = (possible + 1) / 2;
        absent = rate >= persistentThreshold ? Math.max(absent, persistent) : Math.min(absent, persistent - 1);
        absent = rate >= severeThreshold ? Math.max(absent, severe) : Math.min(absent, severe - 1);
        return Math.max(0, Math.min(possible, absent));
    }

    /** The mean of the spread, worked out from its pieces (equal to the mean asked for). */
    public double mean() {
        double first = persistentThreshold * lowerEdge / (firstShape + 1);
        double middle = (upperEdge - lowerEdge)
                * (persistentThreshold + (severeThreshold - persistentThreshold) * meanOfRise(middleSteepness));
        return first + middle + (1 - upperEdge) * (severeThreshold + 1) / 2;
    }

    /** From 0 at t = 0 to 1 at t = 1, exponentially. */
    private static double rise(double t, double steepness) {
        return Math.expm1(steepness * t) / Math.expm1(steepness);
    }

    /** The mean of {@link #rise} over t from 0 to 1. */
    private static double meanOfRise(double steepness) {
        return 1 / steepness - 1 / Math.expm1(steepness);
    }
}
