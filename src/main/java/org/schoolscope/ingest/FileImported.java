package org.schoolscope.ingest;

/** Published after a file's rows are committed. */
public record FileImported(long importId, String fileName, String kind) {
}
