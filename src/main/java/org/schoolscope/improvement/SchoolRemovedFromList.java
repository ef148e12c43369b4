package org.schoolscope.improvement;

import java.time.Instant;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * A school was removed from the year's list; the partner writes to the head and chair of governors to confirm it
 * (seed 004, Stage 3). {@code ruleMet} says whether seed 004's removal rule was met; {@code reason} is the rule or
 * the stated reason.
 */
public record SchoolRemovedFromList(long eventId, Urn urn, AcademicYear year, boolean ruleMet, String reason,
        String removedBy, Instant removedAt) {
}
