package org.schoolscope.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The schools of concern by category from the council's latest assessment run made by the end of the date, counted
 * over the schools the viewer may see, each in the category it is placed in (an officer's standing override
 * included), most severe category first.
 */
public record ConcernCounts(long runId, Instant runAt, LocalDate dataAsOf, List<CategoryCount> categories) {

    public ConcernCounts {
        categories = List.copyOf(categories);
    }

    public long schools() {
        return categories.stream().mapToLong(CategoryCount::schools).sum();
    }

    public record CategoryCount(String category, long schools) {
    }
}
