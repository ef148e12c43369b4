package org.schoolscope.correspondence;

import java.util.List;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.shared.AcademicYear;

/**
 * The Stage 1 letters of a year from one run, whether the year's list has been agreed (until then they are drafts),
 * and the maintained schools the run did not assess (they get no letter yet).
 */
public record Stage1Batch(AssessmentRun run, AcademicYear year, boolean agreed, List<Stage1Letter> letters,
        List<MaintainedSchool> notAssessed) {

    public Stage1Batch {
        letters = List.copyOf(letters);
        notAssessed = List.copyOf(notAssessed);
    }

    public long priorities() {
        return letters.stream().filter(Stage1Letter::priority).count();
    }

    public long sent() {
        return letters.stream().filter(Stage1Letter::sent).count();
    }
}
