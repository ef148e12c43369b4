package org.schoolscope.register.domain;

import java.time.LocalDate;
import java.util.Set;
import org.schoolscope.register.ListScope;

/**
 * A file that lists every school of its scope in the councils it covers as at a date: being in it means a school
 * was open then; a council's school missing from it was not (closed, or no longer in its scope).
 *
 * @param title the list in words, e.g. "Ofsted's state-funded schools inspections and outcomes"
 * @param laCodes the councils it covers: those with at least one school in it
 */
public record CompleteList(long id, String title, String sourceFile, long importId, LocalDate asAt, ListScope scope,
        Set<Integer> laCodes) {

    public CompleteList {
        laCodes = Set.copyOf(laCodes);
    }

    public boolean covers(Integer laCode) {
        return laCode != null && laCodes.contains(laCode);
    }
}
