package org.schoolscope.assessment.persistence;

import java.time.LocalDate;
import java.util.List;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;

/**
 * Which schools a question reads (those the register gives as open on the snapshot's day) and from which snapshot of
 * the data: the owners' read APIs are asked as at the snapshot's day, within its imports. The council is null when
 * every council's schools are read.
 */
record SchoolScope(LaCode laCode, List<Urn> urns, DataSnapshot snapshot) {

    SchoolScope {
        urns = List.copyOf(urns);
    }

    /** The URNs as an array for {@code = any(?)}. */
    Integer[] urnArray() {
        return urns.stream().map(Urn::value).toArray(Integer[]::new);
    }

    /** The owners' point of view: the snapshot's day, and only its imports. */
    AsAt asAt() {
        return AsAt.of(snapshot.asOf(), snapshot.importIds());
    }

    LocalDate asOf() {
        return snapshot.asOf();
    }
}
