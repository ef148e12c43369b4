package org.schoolscope.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import org.schoolscope.dashboard.GradeCounts;
import org.schoolscope.dashboard.LatestGrade;
import org.schoolscope.dashboard.SchoolGroup;

/**
 * A table's rows for the page, each number with the address of the school list behind it where the list has the
 * filter (null where it has not), worked out here so the template only shows them.
 */
final class GroupRows {

    private GroupRows() {
    }

    /** A number and where its schools are listed, or a null address. */
    record Count(LatestGrade grade, long count, String href) {
    }

    record Row(String name, Count schools, List<Count> byGrade, long goodOrBetter, Long goodOrBetterPercent) {
    }

    /** Rows of groups filtered on the list by {@code filter} ({@code district}, {@code phase} or {@code body}). */
    static List<Row> of(List<SchoolGroup> groups, String filter, SchoolListLinks links) {
        List<Row> rows = new ArrayList<>();
        for (SchoolGroup group : groups) {
            GradeCounts grades = group.grades();
            boolean listed = group.listFilter() != null;
            List<Count> byGrade = new ArrayList<>();
            for (LatestGrade grade : LatestGrade.values()) {
                long count = grades.count(grade);
                byGrade.add(new Count(grade, count, listed && count > 0 && links.hasFilter(grade)
                        ? links.schools(filter, group.listFilter(), grade) : null));
            }
            rows.add(new Row(group.name(), new Count(null, grades.schools(),
                    listed ? links.schools(filter, group.listFilter(), null) : null), byGrade, grades.goodOrBetter(),
                    grades.goodOrBetterPercent()));
        }
        return rows;
    }

    /** The schools of each grade that has some, longest since inspected first, where the list can filter them. */
    static List<Count> oldestFirst(GradeCounts grades, SchoolListLinks links) {
        List<Count> counts = new ArrayList<>();
        for (LatestGrade grade : LatestGrade.values()) {
            if (grades.count(grade) > 0) {
                counts.add(new Count(grade, grades.count(grade),
                        links.hasFilter(grade) ? links.oldestInspectedFirst(grade) : null));
            }
        }
        return counts;
    }
}
