package org.schoolscope.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.Urn;

/**
 * One school's stored result in one run, with the run it belongs to: which rulebook version placed it, when and for
 * whom, so that the answer can be defended later. {@code assessedCategory} is what the rules found before a concern
 * about an academy was turned into a notification.
 *
 * <p>The reasons are those the viewer it was read for may see, in the run's order. A rule that reads soft
 * intelligence is among them only when {@code notesReadable} (the viewer may read notes about this school); otherwise
 * {@code otherInformation} says whether such a rule fired, which a page shows only as "other information held by the
 * council".
 */
public record SchoolResult(long runId, Instant runAt, String runBy, int rulebookVersion, Urn urn,
        ResponsibleBody responsibleBody, String category, String assessedCategory, int score,
        List<AssessmentReason> reasons, List<UncheckedReason> unchecked, boolean otherInformation,
        boolean notesReadable) {

    public SchoolResult {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(category, "category");
        reasons = List.copyOf(reasons);
        unchecked = List.copyOf(unchecked);
    }

    /** A result with no confidential reason, read for a viewer who may not read notes. */
    public SchoolResult(long runId, Instant runAt, String runBy, int rulebookVersion, Urn urn,
            ResponsibleBody responsibleBody, String category, String assessedCategory, int score,
            List<AssessmentReason> reasons, List<UncheckedReason> unchecked) {
        this(runId, runAt, runBy, rulebookVersion, urn, responsibleBody, category, assessedCategory, score, reasons,
                unchecked, false, false);
    }

    /** Whether a rule that reads soft intelligence fired and is withheld from this viewer. */
    public boolean otherInformationWithheld() {
        return otherInformation && !notesReadable;
    }

    /** How many of the reasons shown come from soft intelligence: each showing is a read the audit log records. */
    public int confidentialReasonsShown() {
        return (int) (reasons.stream().filter(AssessmentReason::confidential).count()
                + unchecked.stream().filter(UncheckedReason::confidential).count());
    }
}
