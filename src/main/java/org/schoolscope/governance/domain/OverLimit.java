package org.schoolscope.governance.domain;

import java.util.List;
import org.schoolscope.shared.Urn;

/** A person governing more than two schools on a day, with the schools named. */
public record OverLimit(long personId, String name, List<Urn> schools) {

    public OverLimit {
        schools = List.copyOf(schools);
    }
}
