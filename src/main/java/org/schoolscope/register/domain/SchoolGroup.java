package org.schoolscope.register.domain;

import java.time.LocalDate;

/** A GIAS group: a multi-academy or single-academy trust, a federation, a sponsor, a trust. */
public record SchoolGroup(int groupUid, String groupId, String name, String groupType, String status,
        LocalDate openedOn, LocalDate closedOn, String companiesHouseNumber, String ukprn) {
}
