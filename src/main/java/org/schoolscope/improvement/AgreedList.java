package org.schoolscope.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * The year's list as the council and the partner agreed it (seed 004, Stage 1): when, with whom, and what was decided
 * for each school that was considered. A school not in {@code outcomes} was never proposed, so it is not a priority.
 */
public record AgreedList(AcademicYear year, Instant agreedAt, String partnerAgreedBy, Map<Urn, Outcome> outcomes) {

    public AgreedList {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(agreedAt, "agreedAt");
        outcomes = Map.copyOf(outcomes);
    }

    /** What was agreed for the school; "not a priority" for a school that was never proposed. */
    public Outcome outcomeFor(Urn urn) {
        return outcomes.getOrDefault(urn, Outcome.NOT_CONSIDERED);
    }

    /**
     * One school's outcome: a priority in its category, or not a priority, and if so whether that was agreed at a
     * vulnerability visit (and on which day).
     */
    public record Outcome(boolean priority, String category, Optional<LocalDate> visitedOn) {

        static final Outcome NOT_CONSIDERED = new Outcome(false, "", Optional.empty());

        public Outcome {
            category = category == null ? "" : category;
            Objects.requireNonNull(visitedOn, "visitedOn");
        }

        public boolean agreedAtVisit() {
            return !priority && visitedOn.isPresent();
        }
    }
}
