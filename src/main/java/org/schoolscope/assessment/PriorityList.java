package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schoolscope.shared.Urn;

/**
 * The proposed priority list from one run: every school the run placed in a category other than the rulebook's "no
 * concern" one, most urgent first, and the categories an officer may choose when overriding.
 */
public record PriorityList(AssessmentRun run, List<PriorityEntry> entries, List<String> categories) {

    public PriorityList {
        Objects.requireNonNull(run, "run");
        entries = List.copyOf(entries);
        categories = List.copyOf(categories);
    }

    /** The same list with only the given schools: what a partner or headteacher may see. */
    public PriorityList onlySchools(Set<Urn> schools) {
        return new PriorityList(run, entries.stream().filter(entry -> schools.contains(entry.result().urn()))
                .toList(), categories);
    }
}
