package org.schoolscope.correspondence;

import java.util.Objects;
import org.schoolscope.assessment.AssessmentRun;

/**
 * The Stage 1 letter to a maintained school's headteacher and chair of governors (seed 004, Stage 1): whether the
 * school is a priority for support this year and why, from the council's latest assessment run.
 */
public record Stage1Letter(MaintainedSchool school, AssessmentRun run, Placement placement) {

    public Stage1Letter {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(placement, "placement");
    }

    public boolean priority() {
        return placement.priority();
    }

    public String fileName() {
        return "stage-1-letter-" + school.urn().value() + ".pdf";
    }
}
