package org.schoolscope.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;

/**
 * The register of schools: the one answer to "which schools exist, and as what, on a date", for every module.
 * Importers of any module record what their file says about schools here; the register keeps every file's account,
 * merges the newest into each school's current picture, and derives each school's state on any date from all the
 * evidence by the precedence {@code SchoolTimeline} states.
 */
public interface SchoolRegister {

    /**
     * Records facts as they stood on {@code asAt}; called inside the import's transaction. Facts dated before the
     * latest recorded date for a school add history but do not overwrite the current picture.
     */
    WriteCounts record(List<SchoolFacts> facts, LocalDate asAt, ImportBatch batch);

    /**
     * Records a file of the schools of an academic year (the performance-tables spine): each was open on the year's
     * first day unless its own open date is later, and its facts stand as at the year's last day.
     */
    WriteCounts recordYear(List<SchoolFacts> facts, AcademicYear year, ImportBatch batch);

    /** Records a complete list: the schools in it were open on its date; a council's school missing from it was not. */
    WriteCounts recordList(List<SchoolFacts> facts, CompleteListing list, ImportBatch batch);

    /** The schools open on the date in the set, of one council or, with {@code laCode} null, of every council. */
    List<SchoolOnDate> schools(LocalDate on, SchoolSet set, LaCode laCode);

    /** These schools on the date, open or not; a school no evidence speaks of by then is left out. */
    Map<Urn, SchoolOnDate> find(Collection<Urn> urns, LocalDate on);

    default Optional<SchoolOnDate> find(Urn urn, LocalDate on) {
        return Optional.ofNullable(find(java.util.List.of(urn), on).get(urn));
    }

    /** The number of pupils of each school as the latest file that gives one says; a school without one is left out. */
    Map<Urn, Integer> pupils(Collection<Urn> urns);

    /** The school's states over time with their evidence, or empty when the register has never heard of it. */
    Optional<SchoolHistory> history(Urn urn);
}
