package org.schoolscope.profile.web;

import org.schoolscope.profile.read.SchoolCriteria;
import org.schoolscope.profile.read.SchoolSort;
import org.schoolscope.profile.read.SortDirection;

/**
 * A results column heading that sorts by following a link. {@code ariaSort} tells screen readers the current order;
 * {@code href} sorts the other way when the column is already the sort, so a second click reverses it.
 */
public record SortableColumn(String messageKey, String href, String ariaSort, boolean numeric) {

    static SortableColumn of(String messageKey, SchoolSort sort, boolean numeric, SchoolCriteria criteria,
            ListLinks links) {
        boolean current = criteria.sort() == sort;
        SortDirection next = current ? criteria.direction().reversed() : SortDirection.ASCENDING;
        String ariaSort = !current ? "none"
                : criteria.direction() == SortDirection.ASCENDING ? "ascending" : "descending";
        return new SortableColumn(messageKey, links.sortedBy(sort, next), ariaSort, numeric);
    }
}
