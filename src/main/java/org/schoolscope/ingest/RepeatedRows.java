package org.schoolscope.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds a key published twice in one file, for files of one row per school, group or link (register and inspection
 * files). The same row twice is counted and taken once; two different rows for one key refuse the file, naming both
 * lines, since which is true cannot be told. Each key costs a line number and a 64-bit digest of its row, so the
 * memory grows with the schools a file describes, not with its size in bytes. Figure files, which can be far larger,
 * are checked in SQL instead.
 */
public final class RepeatedRows {

    private record Seen(long line, long digest) {
    }

    private final Map<Object, Seen> seen = new HashMap<>();
    private int repeated;

    /**
     * True if this row repeats an earlier identical row (skip it); false if the key is new. A conflicting row is a
     * problem named at its line and {@code column}, and also answers true, so it is not written.
     *
     * @param what the key in words, for the message, e.g. "URN 103258" (only made when a row conflicts)
     */
    public boolean repeats(Object key, TabularFile.Row row, Supplier<String> what, String column,
            ImportProblems problems) {
        long digest = digest(row);
        Seen earlier = seen.putIfAbsent(key, new Seen(row.line(), digest));
        if (earlier == null) {
            return false;
        }
        if (earlier.digest() == digest) {
            repeated++;
        } else {
            problems.add(row.line(), column, "CONFLICTING_DUPLICATE", what.get() + " is on line " + earlier.line()
                    + " and again on line " + row.line() + " with different values; which is true cannot be told,"
                    + " so neither is stored");
        }
        return true;
    }

    /** Rows that repeated an earlier row exactly. */
    public int repeated() {
        return repeated;
    }

    /** FNV-1a over every value of the row, with a separator, so that moved values give another digest. */
    private static long digest(TabularFile.Row row) {
        long hash = 0xcbf29ce484222325L;
        for (String value : row.values()) {
            for (int i = 0; i < value.length(); i++) {
                hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1F) * 0x100000001b3L;
        }
        return hash;
    }
}
