package org.schoolscope.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.Urn;

/**
 * The inspections on record, for other modules: the one definition of a school's latest graded inspection.
 *
 * <p>An inspection counts from its first day (its last day where a file gives only that, its publication where a
 * file gives neither). The latest is the one with the latest such day, a record with its start date preferred on a
 * tie. A school with no graded inspection of its own by the date has its predecessor's, through GIAS's links as the
 * register gives them (not through a split, whose school goes on).
 */
public interface Inspections {

    /** Every inspection recorded against the school, graded and ungraded, most recent first. */
    List<Inspection> history(Urn urn);

    /** The most recent graded inspection (of any era) on record today, the school's own or its predecessor's. */
    Optional<Inspection> latestGraded(Urn urn);

    /** Each school's latest graded inspection, of any era, as at the date (and within its imports, where given). */
    Map<Urn, LatestInspection> latestGraded(Collection<Urn> urns, AsAt asAt);

    /** Each school's latest ungraded inspection as at the date, its own only. */
    Map<Urn, LatestInspection> latestUngraded(Collection<Urn> urns, AsAt asAt);
}
