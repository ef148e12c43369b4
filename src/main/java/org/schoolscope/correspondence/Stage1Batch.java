package org.schoolscope.correspondence;

import java.util.List;
import org.schoolscope.assessment.AssessmentRun;

/** The Stage 1 letters from one run, and the maintained schools it did not assess (they get no letter yet). */
public record Stage1Batch(AssessmentRun run, List<Stage1Letter> letters, List<MaintainedSchool> notAssessed) {

    public Stage1Batch {
        letters = List.copyOf(letters);
        notAssessed = List.copyOf(notAssessed);
    }

    public long priorities() {
        return letters.stream().filter(Stage1Letter::priority).count();
    }
}
