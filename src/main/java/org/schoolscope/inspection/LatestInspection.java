package org.schoolscope.inspection;

import java.util.Objects;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.shared.Urn;

/**
 * A school's latest inspection of a kind on a date, with where it was read from.
 *
 * @param school the school asked about
 * @param inspection the inspection, in the record of its era
 * @param inheritedFrom the predecessor it was recorded against, where the school has none of its own by then (a new
 *     academy keeps its predecessor's outcome until it is inspected, as Ofsted's own files report it); else null
 * @param sourceFile the file that first reported it, and {@code importId} its import
 */
public record LatestInspection(Urn school, Inspection inspection, Urn inheritedFrom, String sourceFile,
        long importId) {

    public LatestInspection {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(inspection, "inspection");
    }

    public boolean isInherited() {
        return inheritedFrom != null;
    }

    /**
     * Whether the school stood Good or Outstanding at this inspection: an overall grade of 1 or 2. Inspections from
     * September 2024 give no overall grade, so none of them counts. The one answer the home page, the dashboard and
     * the scorecard count "Good or better" by.
     */
    public boolean isGoodOrOutstanding() {
        return inspection instanceof SingleGradeInspection graded && graded.overallEffectiveness() != null
                && graded.overallEffectiveness().grade() <= OverallEffectiveness.GOOD.grade();
    }
}
