package org.schoolscope.ingest;

import java.util.List;

/** A file refused whole: nothing from it was stored. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ImportRejectedException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        String first = problems.isEmpty() ? "no detail" : problems.get(0).toString();
        return problems.size() <= 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
