package org.schoolscope.assessment.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A named threshold a condition refers to as {@code $name}: a fixed number, or a percentile of the schools given. */
public sealed interface Parameter {

    String name();

    record Fixed(String name, double value) implements Parameter {

        public Fixed {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The {@code percentile}th percentile of {@code measure} across the schools assessed together (the council's own),
     * computed separately within each group (for example per phase, so primaries are compared with primaries).
     */
    record Percentile(String name, String measure, double percentile, Set<Grouping> groupedBy) implements Parameter {

        public Percentile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(measure, "measure");
            if (!(percentile >= 0 && percentile <= 100)) {
                throw new IllegalArgumentException("Parameter " + name + ": a percentile runs from 0 to 100");
            }
            groupedBy = groupedBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groupedBy));
        }
    }

    /** What schools are compared with when a percentile is computed. */
    enum Grouping {
        PHASE, LOCAL_AUTHORITY
    }
}
