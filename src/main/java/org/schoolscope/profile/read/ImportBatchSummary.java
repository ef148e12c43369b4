package org.schoolscope.profile.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One imported file as the import log records it.
 *
 * @param rowsRepeated values published twice in the file with the same value, stored once
 * @param rowsLeftOut rows left out at the council's request, each listed on the import's page
 * @param reimportOf for a file imported again on purpose, the import that first took in the same file
 */
public record ImportBatchSummary(long id, String fileName, String fileKind, String academicYear,
        String releaseStage, LocalDate asAt, OffsetDateTime importedAt, String importedBy, int rowsRead,
        int rowsAdded, int rowsChanged, int rowsUnchanged, int rowsSkipped, int rowsRepeated, int rowsLeftOut,
        Long reimportOf) {
}
