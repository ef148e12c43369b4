package org.schoolscope.profile.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.shared.Urn;

/**
 * The school list on a day: the page asked for, and what its phase and type filters can offer, taken from the
 * schools open that day that the viewer may see, so each is offered once, under GIAS's name.
 *
 * @param on the day the list is of
 * @param notOpen the school a URN search named, where the register knows it but it was not open on the day
 */
public record SchoolListing(ResultPage<SchoolSummary> results, LocalDate on, List<String> phases, List<String> types,
        Optional<NotOpen> notOpen) {

    public SchoolListing {
        phases = List.copyOf(phases);
        types = List.copyOf(types);
    }

    /** A school the register knows that was not open on the list's day: closed, succeeded, or not yet open. */
    public record NotOpen(Urn urn, String name) {
    }
}
