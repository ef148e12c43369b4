package org.schoolscope.profile.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One imported file as the import log records it. */
public record ImportBatchSummary(long id, String fileName, String fileKind, String academicYear,
        String releaseStage, LocalDate asAt, OffsetDateTime importedAt, String importedBy, int rowsRead,
        int rowsAdded, int rowsChanged, int rowsUnchanged, int rowsSkipped) {
}
