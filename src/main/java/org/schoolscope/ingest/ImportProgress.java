package org.schoolscope.ingest;

/** Told how far through a long file the import is. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress SILENT = (file, done, total) -> {
    };

    void rowsDone(String file, int done, int total);
}
