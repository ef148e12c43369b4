package org.schoolscope.ingest;

import java.time.LocalDate;

/** A file whose every row has been validated, ready to be written in the batch's transaction. */
public interface PreparedImport {

    int rowsRead();

    /** The academic year the file describes, as 2018-19, or null for a register or inspection file. */
    String academicYear();

    /** PROVISIONAL, REVISED or FINAL for statistics; null otherwise. */
    String releaseStage();

    /** The date the file describes ("as at"), used to date register history. */
    LocalDate asAt();

    /** Writes the rows; called inside the batch's transaction, so a failure leaves nothing behind. */
    WriteCounts write(ImportBatch batch);
}
