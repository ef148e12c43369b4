package org.schoolscope.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * A warning notice was issued after the Director of Children's Services' decision: its statutory ground (as a
 * sentence), the required actions, the date by which the school must comply and the recipients (as sentences).
 */
public record WarningNoticeIssued(long eventId, Urn urn, AcademicYear year, String ground, String requiredActions,
        LocalDate complyBy, List<String> recipients, String issuedBy, Instant issuedAt) {

    public WarningNoticeIssued {
        recipients = List.copyOf(recipients);
    }
}
