package org.schoolscope.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A file that lists every school of its scope, in each council it covers, as at a date: Ofsted's state-funded schools
 * inspections and outcomes, the January school census. Being in it means a school was open then, of the type it
 * gives; a council's school of its scope missing from it was not.
 *
 * @param title the list in words, as a page names it: "Ofsted's state-funded schools list"
 */
public record CompleteListing(String title, LocalDate asAt, ListScope scope) {

    public CompleteListing {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(scope, "scope");
    }
}
