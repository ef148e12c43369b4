package org.schoolscope.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;

/**
 * Reading the register for modules that ask things of schools (returns, governance, casework): which schools a council
 * has in a set on a day, and any school's name and district. Open on a day means opened by then and not closed by
 * then, from the school's current record; districts are the council's mapping in effect that day.
 */
public interface RegisteredSchools {

    /** The council's schools in the set that were open on the day, by name. */
    List<RegisteredSchool> inSet(LaCode laCode, SchoolSet set, LocalDate on);

    /** Any of these schools the register knows, open or closed, by URN; districts as mapped on the day. */
    Map<Urn, RegisteredSchool> find(Collection<Urn> urns, LocalDate on);

    default Optional<RegisteredSchool> find(Urn urn, LocalDate on) {
        return Optional.ofNullable(find(List.of(urn), on).get(urn));
    }
}
