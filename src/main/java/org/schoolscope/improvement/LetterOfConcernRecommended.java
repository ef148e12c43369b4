package org.schoolscope.improvement;

import java.time.Instant;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * The advisory board recommended a letter of concern to the head and governors (seed 004, Stage 3), with its
 * rationale, for insufficient engagement or progress. Published inside the transaction that recorded it.
 */
public record LetterOfConcernRecommended(long eventId, Urn urn, AcademicYear year, String rationale,
        String recommendedBy, Instant recommendedAt) {
}
