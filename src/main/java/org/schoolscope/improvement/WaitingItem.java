package org.schoolscope.improvement;

import java.time.LocalDate;
import java.util.Objects;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * One case waiting for someone (issue 12, item 5): the school, the year of its case, what it waits for in plain
 * English, and since when (the day the step that set it waiting was recorded) and for how many days.
 */
public record WaitingItem(Urn urn, String schoolName, AcademicYear year, String what, LocalDate since,
        long daysWaiting) {

    public WaitingItem {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(since, "since");
        schoolName = schoolName == null || schoolName.isBlank() ? "School " + urn : schoolName;
    }

    /** The case's page, where the item is dealt with. */
    public String link() {
        return "/improvement/schools/" + urn + "?year=" + year;
    }
}
