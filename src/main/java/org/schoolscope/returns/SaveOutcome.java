package org.schoolscope.returns;

import java.util.List;
import org.schoolscope.returns.domain.AnswerCheck;

/**
 * What saving a school's return came to: the version saved, or the answers to correct (and, for a correction of a
 * submitted return, whether its reason is missing), in which case nothing was saved.
 */
public record SaveOutcome(Integer version, List<AnswerCheck.Problem> problems, boolean reasonMissing,
        boolean alreadySubmitted) {

    public SaveOutcome {
        problems = List.copyOf(problems);
    }

    public boolean saved() {
        return version != null;
    }
}
