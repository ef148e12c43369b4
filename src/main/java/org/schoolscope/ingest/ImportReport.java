package org.schoolscope.ingest;

import java.util.List;

/**
 * The outcome of importing one file.
 *
 * @param rowsLeftOut rows left out at the council's request (see {@link ImportOptions}); the first of them are in
 *     {@code leftOut}, and all are kept with the import
 * @param reimportOf for a file imported again on purpose, the import that first took in the same bytes
 */
public record ImportReport(String file, String kind, Outcome outcome, int rowsRead, WriteCounts counts,
        List<ImportProblem> problems, Long importId, int rowsLeftOut, List<LeftOutRow> leftOut, Long reimportOf) {

    public enum Outcome {
        IMPORTED, ALREADY_IMPORTED, REJECTED
    }

    public ImportReport {
        problems = List.copyOf(problems);
        leftOut = List.copyOf(leftOut);
    }

    static ImportReport rejected(String file, String kind, List<ImportProblem> problems) {
        return new ImportReport(file, kind, Outcome.REJECTED, 0, WriteCounts.NONE, problems, null, 0, List.of(), null);
    }

    static ImportReport alreadyImported(String file, String kind, long importId) {
        return new ImportReport(file, kind, Outcome.ALREADY_IMPORTED, 0, WriteCounts.NONE, List.of(), importId, 0,
                List.of(), null);
    }

    public boolean rejected() {
        return outcome == Outcome.REJECTED;
    }

    public String summary() {
        return switch (outcome) {
            case IMPORTED -> String.format("%s (%s): %d rows read, %d added, %d changed, %d unchanged, %d skipped%s%s%s",
                    file, kind, rowsRead, counts.added(), counts.changed(), counts.unchanged(), counts.skipped(),
                    counts.repeated() == 0 ? "" : ", " + counts.repeated() + " repeated with the same value",
                    rowsLeftOut == 0 ? "" : ", " + rowsLeftOut + " rows left out",
                    reimportOf == null ? "" : "; imported again on purpose (first imported as import " + reimportOf
                            + ")");
            case ALREADY_IMPORTED -> String.format("%s (%s): already imported as import %d, nothing changed"
                    + " (import --again FILE imports it again on purpose)", file, kind, importId);
            case REJECTED -> String.format("%s: rejected, nothing stored. %s", file,
                    String.join("; ", problems.stream().map(ImportProblem::toString).toList()));
        };
    }
}
