package org.schoolscope.governance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.schoolscope.shared.Urn;

/** A vacant place on a governing body, from the day it opened to the day it was filled (null while open). */
public record Vacancy(long id, Urn urn, GovernorCategory category, LocalDate openedOn, LocalDate filledOn) {

    public boolean openOn(LocalDate day) {
        return !openedOn.isAfter(day) && (filledOn == null || filledOn.isAfter(day));
    }

    /** Days the place has been open on the day, or stayed open until it was filled. */
    public long daysOpen(LocalDate day) {
        return ChronoUnit.DAYS.between(openedOn, filledOn != null && !filledOn.isAfter(day) ? filledOn : day);
    }
}
