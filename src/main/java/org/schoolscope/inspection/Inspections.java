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
 * file gives neither). The latest is one with its first day on record (as Ofsted's own files give it) before one
 * known by its last day alone, then the one with the latest such day. A school with no graded inspection of its own by the date has its predecessor's, through GIAS's links as the
 * register gives them (not through a split, whose school goes on).
 */
public interface Inspections {

    /** Every inspection recorded against the school, graded and ungraded, most recent first. */
    List<Inspection> history(Urn urn);

    /** The most recent graded inspection (of any era) on record today, the school's own or its predecessor's. */
    Optional<Inspection> latestGraded(Urn urn);

    /** Each school's latest graded inspection, of any era, as at the date (and within its imports, where given). */
    Map<Urn, LatestInspection> latestGraded(Collection<Urn> urns, AsAt asAt);

    /** The inspections of these schools, graded and ungraded, dated within the days (inclusive), by school. */
    Map<Urn, List<Inspection>> between(Collection<Urn> urns, java.time.LocalDate from, java.time.LocalDate to);

    /** How many inspections are on record against these schools, graded and ungraded. */
    long countRecorded(Collection<Urn> urns);

    /** Each school's latest ungraded inspection as at the date, its own only. */
    Map<Urn, LatestInspection> latestUngraded(Collection<Urn> urns, AsAt asAt);
}
