package org.schoolscope.correspondence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.schoolscope.assessment.AssessmentRun;

/**
 * The Stage 1 letter to a maintained school's headteacher and chair of governors (the council's improvement
 * framework, Stage 1): whether the school is a priority for support this year, as agreed, and why, from the council's
 * latest assessment run. {@code sentAt} is when it was sent, if it has been.
 */
public record Stage1Letter(MaintainedSchool school, AssessmentRun run, Placement placement, Stage1Decision decision,
        Optional<Instant> sentAt) {

    public Stage1Letter {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** Whether the letter tells the school it is a priority: as agreed, or as proposed while it is a draft. */
    public boolean priority() {
        return decision.priority();
    }

    /** The category the letter gives a priority school; none for a school that is not a priority. */
    public String category() {
        return decision.priority() ? decision.category() : "";
    }

    public boolean sent() {
        return sentAt.isPresent();
    }

    /** "3 December 2026", the day it was sent; empty when it has not been. */
    public String sentOnText() {
        return sentAt.map(Letters::date).orElse("");
    }

    public String fileName() {
        return "stage-1-letter-" + school.urn().value() + ".pdf";
    }
}
