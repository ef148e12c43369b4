package org.schoolscope.performance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure: a number, a text, or "not available" with the publisher's reason (never a zero), with its measure,
 * year, release stage, the group a benchmark covers ({@code breakdown}, empty for all schools) and where it came
 * from: the published file, or, for an average DfE does not publish, how it was computed.
 *
 * @param computed how the figure was computed, or null when it is a published value
 */
public record Figure(Measure measure, FigureScope scope, String breakdown, String academicYear, String releaseStage,
        BigDecimal value, String textValue, String unavailable, String rawValue, String sourceFile, long importId,
        Computation computed) {

    public Figure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(scope, "scope");
        breakdown = breakdown == null ? "" : breakdown;
    }

    public boolean available() {
        return unavailable == null;
    }

    public boolean isComputed() {
        return computed != null;
    }
}
