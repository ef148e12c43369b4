package org.schoolscope.ingest;

/** What writing a file did, row by row. */
public record WriteCounts(int added, int changed, int unchanged, int skipped) {

    public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0);

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(added + other.added, changed + other.changed, unchanged + other.unchanged,
                skipped + other.skipped);
    }
}
