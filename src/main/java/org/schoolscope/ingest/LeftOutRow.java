package org.schoolscope.ingest;

/**
 * A row an import left out because the council asked for rows it cannot take to be skipped rather than refuse the
 * file (see {@link ImportOptions}); every one is listed in the import report and kept with the import.
 *
 * @param column the published column the reason is about, or null for the row as a whole
 * @param code the catalogued reason, e.g. {@code UNKNOWN_SCHOOL}
 */
public record LeftOutRow(long line, String column, String code, String reason) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column '" + column + "'") + ": " + reason + " [" + code
                + "]";
    }
}
