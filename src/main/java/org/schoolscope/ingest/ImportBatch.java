package org.schoolscope.ingest;

/** The batch rows of one file are written under: its id goes on every stored row. */
public record ImportBatch(long id, String fileName) {
}
