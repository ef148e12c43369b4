package org.schoolscope.ingest;

/**
 * What a council asks of one import beyond the defaults, which refuse a file with any problem.
 *
 * @param again import the file even though a file with the same bytes was imported before, as a new import; its
 *     figures and inspections replace what earlier imports stored for the same school, measure, year and stage
 * @param skipUnknownSchools leave out, and list, the rows of a figure file for a school the register does not hold
 *     (by URN, or by a LAESTAB that resolves to no school) instead of refusing the file
 * @param skipMalformedRows leave out, and list, rows with more or fewer fields than the header instead of refusing
 *     the file; none of their values is read
 */
public record ImportOptions(boolean again, boolean skipUnknownSchools, boolean skipMalformedRows) {

    /** Refuse the whole file on any problem; a file already imported is not imported again. */
    public static final ImportOptions STRICT = new ImportOptions(false, false, false);

    public ImportOptions withAgain(boolean value) {
        return new ImportOptions(value, skipUnknownSchools, skipMalformedRows);
    }
}
