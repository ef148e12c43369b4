package org.schoolscope.ingest;

/**
 * What writing a file did, row by row.
 *
 * @param skipped rows read but outside what the layout stores (for example summary rows of another kind)
 * @param repeated values published twice in the file with the same value, stored once
 */
public record WriteCounts(int added, int changed, int unchanged, int skipped, int repeated) {

    public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0);

    public WriteCounts(int added, int changed, int unchanged, int skipped) {
        this(added, changed, unchanged, skipped, 0);
    }

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(added + other.added, changed + other.changed, unchanged + other.unchanged,
                skipped + other.skipped, repeated + other.repeated);
    }
}
