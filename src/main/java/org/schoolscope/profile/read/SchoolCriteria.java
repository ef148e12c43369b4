package org.schoolscope.profile.read;

import java.time.LocalDate;
import org.schoolscope.shared.LaCode;

/**
 * What the school list is asked for: every filter is optional except the LA; pages count from 1.
 *
 * @param search words of the name, or the URN or LA/establishment number, to look for; null for every school
 * @param asAt the day the list is of (the schools open then, as they were then); null for today
 */
public record SchoolCriteria(LaCode la, String district, String phase, String establishmentType,
        ResponsibleBody responsibleBody, OutcomeFilter outcome, SchoolSort sort, SortDirection direction, int page,
        int pageSize, String search, LocalDate asAt) {

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
