package org.schoolscope.ingest;

/** Told how far through a long file the import is. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress SILENT = (file, rows, percent) -> {
    };

    /**
     * @param rows data rows read so far
     * @param percent how much of the file's bytes have been read, 0 to 100, or -1 when the size is unknown
     */
    void rowsRead(String file, long rows, int percent);
}
