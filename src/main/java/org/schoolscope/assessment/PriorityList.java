package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;

/**
 * The proposed priority list from one run: every school the run placed in a category other than the rulebook's "no
 * concern" one that the viewer it was read for may see, most urgent first, and the categories an officer may choose
 * when overriding.
 */
public record PriorityList(AssessmentRun run, List<PriorityEntry> entries, List<String> categories) {

    public PriorityList {
        Objects.requireNonNull(run, "run");
        entries = List.copyOf(entries);
        categories = List.copyOf(categories);
    }
}
