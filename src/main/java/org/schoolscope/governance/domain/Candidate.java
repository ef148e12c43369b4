package org.schoolscope.governance.domain;

import java.util.List;
import org.schoolscope.shared.Urn;

/**
 * A person already on the register who may be the one being entered, why, and the schools they govern, for the
 * officer to confirm or not.
 */
public record Candidate(long personId, String name, String explanation, List<Urn> schools) {

    public Candidate {
        schools = List.copyOf(schools);
    }
}
