package org.schoolscope.dashboard;

import java.util.Objects;

/**
 * One group of schools on the dashboard (a phase, a responsible body, a district) with its grades.
 *
 * @param name the group's name in words
 * @param listFilter the value the school list filters this group by, or null where the list has no such filter (the
 *     schools no district is mapped for, say)
 */
public record SchoolGroup(String name, String listFilter, GradeCounts grades) {

    public SchoolGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grades, "grades");
    }
}
