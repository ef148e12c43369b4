package org.schoolscope.profile.read;

import org.schoolscope.shared.LaCode;

/** What the school list is asked for: every filter is optional except the LA; pages count from 1. */
public record SchoolCriteria(LaCode la, String district, String phase, String establishmentType,
        ResponsibleBody responsibleBody, OutcomeFilter outcome, SchoolSort sort, SortDirection direction, int page,
        int pageSize) {

    public SchoolCriteria {
        if (la == null) {
            throw new IllegalArgumentException("The school list is always for one local authority");
        }
        if (sort == null || direction == null) {
            throw new IllegalArgumentException("The school list needs an order");
        }
        if (page < 1 || pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("Page " + page + " of size " + pageSize + " is out of range");
        }
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
