package org.schoolscope.returns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Where one school stands with one return: not started, a draft saved, or submitted (when first, and the latest
 * submitted answers). For the data exchange, whether what the council logged shows the school complied.
 */
public record SchoolStanding(boolean draftSaved, Instant firstSubmittedAt, Instant lastSavedAt,
        Map<String, String> submittedAnswers) {

    public static final SchoolStanding NOT_STARTED = new SchoolStanding(false, null, null, Map.of());

    public SchoolStanding {
        submittedAnswers = Map.copyOf(submittedAnswers);
    }

    public boolean submitted() {
        return firstSubmittedAt != null;
    }

    /** Submitted after the due date (in the council's time zone), or not at all by the given day. */
    public boolean late(Definition definition, LocalDate today, ZoneId zone) {
        if (!submitted()) {
            return definition.overdueOn(today);
        }
        return definition.overdueOn(LocalDate.ofInstant(firstSubmittedAt, zone));
    }

    /**
     * Whether the school met the return: submitted on time and, for a data-exchange log, its data received by the
     * due date, complete and accurate (seed 000 section 5.3: "timely, accurate and complete data").
     */
    public boolean compliant(Definition definition, LocalDate today, ZoneId zone) {
        if (!submitted()) {
            return false;
        }
        if (definition.kind() != ReturnKind.DATA_EXCHANGE) {
            return !late(definition, today, zone);
        }
        // The council logs the data exchange itself, so what counts is when the school's data arrived, not the log.
        String received = submittedAnswers.get("received-on");
        return received != null && !LocalDate.parse(received).isAfter(definition.dueOn())
                && "yes".equals(submittedAnswers.get("complete")) && "yes".equals(submittedAnswers.get("accurate"));
    }
}
