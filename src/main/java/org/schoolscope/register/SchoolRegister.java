package org.schoolscope.register;

import java.time.LocalDate;
import java.util.List;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;

/**
 * The register of schools. Importers of any module record what their file says about schools here; the register
 * merges it into each school's current picture, derives who is responsible for the school, and keeps a dated
 * history row whenever the facts change.
 */
public interface SchoolRegister {

    /**
     * Records facts as they stood on {@code asAt}; called inside the import's transaction. Facts dated before the
     * latest recorded date for a school add history but do not overwrite the current picture.
     */
    WriteCounts record(List<SchoolFacts> facts, LocalDate asAt, ImportBatch batch);
}
