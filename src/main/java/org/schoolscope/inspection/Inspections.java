package org.schoolscope.inspection;

import java.util.List;
import java.util.Optional;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.shared.Urn;

/** The inspections on record, for other modules. */
public interface Inspections {

    /** Every inspection recorded against the school, graded and ungraded, most recent first. */
    List<Inspection> history(Urn urn);

    /** The most recent graded inspection (of any era), if the school has one on record. */
    Optional<Inspection> latestGraded(Urn urn);
}
