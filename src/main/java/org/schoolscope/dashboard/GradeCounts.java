package org.schoolscope.dashboard;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many schools stood at each latest grade, and how many were Good or Outstanding.
 *
 * @param byGrade every grade with its count, zero included, in the order of {@link LatestGrade}
 */
public record GradeCounts(Map<LatestGrade, Long> byGrade) {

    public GradeCounts {
        Map<LatestGrade, Long> complete = new EnumMap<>(LatestGrade.class);
        for (LatestGrade grade : LatestGrade.values()) {
            complete.put(grade, byGrade.getOrDefault(grade, 0L));
        }
        byGrade = java.util.Collections.unmodifiableMap(complete);
    }

    public static GradeCounts of(Collection<LatestGrade> grades) {
        Map<LatestGrade, Long> counts = new EnumMap<>(LatestGrade.class);
        grades.forEach(grade -> counts.merge(grade, 1L, Long::sum));
        return new GradeCounts(counts);
    }

    public long schools() {
        return byGrade.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(LatestGrade grade) {
        return byGrade.get(grade);
    }

    public long goodOrBetter() {
        return count(LatestGrade.OUTSTANDING) + count(LatestGrade.GOOD);
    }

    /** Good or better as a whole percentage of the schools, or null when there are none. */
    public Long goodOrBetterPercent() {
        return percent(goodOrBetter());
    }

    /** A count as a whole percentage of the schools, or null when there are none. */
    public Long percent(long count) {
        return schools() == 0 ? null : Math.round(100.0 * count / schools());
    }
}
