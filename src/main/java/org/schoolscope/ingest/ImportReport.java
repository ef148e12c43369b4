package org.schoolscope.ingest;

import java.util.List;

/** The outcome of importing one file. */
public record ImportReport(String file, String kind, Outcome outcome, int rowsRead, WriteCounts counts,
        List<ImportProblem> problems, Long importId) {

    public enum Outcome {
        IMPORTED, ALREADY_IMPORTED, REJECTED
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean rejected() {
        return outcome == Outcome.REJECTED;
    }

    public String summary() {
        return switch (outcome) {
            case IMPORTED -> String.format("%s (%s): %d rows read, %d added, %d changed, %d unchanged, %d skipped",
                    file, kind, rowsRead, counts.added(), counts.changed(), counts.unchanged(), counts.skipped());
            case ALREADY_IMPORTED -> String.format("%s (%s): already imported as import %d, nothing changed", file, kind,
                    importId);
            case REJECTED -> String.format("%s: rejected, nothing stored. %s", file,
                    String.join("; ", problems.stream().map(ImportProblem::toString).toList()));
        };
    }
}
