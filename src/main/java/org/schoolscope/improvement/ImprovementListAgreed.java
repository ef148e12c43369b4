package org.schoolscope.improvement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * The year's list was formally agreed by the council and the partner (seed 004, Stage 1): the letters to every
 * maintained school's head and chair of governors are now due. {@code schools} are the priorities, each with the
 * category and the reasons from the assessment; every other maintained school is told it is not a priority.
 * Published inside the transaction that recorded the agreement.
 */
public record ImprovementListAgreed(AcademicYear year, List<ListedSchool> schools, String agreedBy,
        String partnerAgreedBy, Instant agreedAt) {

    public ImprovementListAgreed {
        Objects.requireNonNull(year, "year");
        schools = List.copyOf(schools);
    }

    /** A school agreed as a priority, with its category and the reasons from the assessment, as recorded. */
    public record ListedSchool(Urn urn, String category, List<String> reasons) {

        public ListedSchool {
            reasons = List.copyOf(reasons);
        }
    }
}
