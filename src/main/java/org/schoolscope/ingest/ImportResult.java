package org.schoolscope.ingest;

import java.time.LocalDate;

/**
 * What an importer wrote, and what the file describes, for its import's record.
 *
 * @param academicYear the academic year the file describes, as 2018-19, or null for a register or inspection file
 * @param releaseStage PROVISIONAL, REVISED or FINAL for statistics; null otherwise
 * @param asAt the date the file describes ("as at"), which dates register history
 */
public record ImportResult(WriteCounts counts, String academicYear, String releaseStage, LocalDate asAt) {

    public static ImportResult of(WriteCounts counts) {
        return new ImportResult(counts, null, null, null);
    }
}
