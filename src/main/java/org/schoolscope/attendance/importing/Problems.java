package org.schoolscope.attendance.importing;

import java.util.ArrayList;
import java.util.List;
import org.schoolscope.ingest.ImportProblem;
import org.schoolscope.ingest.ImportRejectedException;

/** The problems found in one file; the file is refused whole if there are any. The first 100 are kept. */
final class Problems {

    static final int KEPT = 100;

    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long count;

    Problems(String file) {
        this.file = file;
    }

    void add(long line, String column, ImportCheck check) {
        add(line, column, check, check.description());
    }

    void add(long line, String column, ImportCheck check, String message) {
        count++;
        if (problems.size() < KEPT) {
            problems.add(new ImportProblem(file, line, column, check.name(), message));
        }
    }

    boolean any() {
        return count > 0;
    }

    long count() {
        return count;
    }

    /** Refuses the file if anything was found; the last problem says how many were not listed. */
    void refuseIfAny() {
        if (count == 0) {
            return;
        }
        List<ImportProblem> listed = new ArrayList<>(problems);
        if (count > KEPT) {
            listed.add(new ImportProblem(file, 0, null, "MORE_PROBLEMS",
                    "and " + (count - KEPT) + " more problems not listed"));
        }
        throw new ImportRejectedException(listed);
    }

    static ImportRejectedException whole(String file, ImportCheck check, String message) {
        return new ImportRejectedException(ImportProblem.ofFile(file, check.name(), message));
    }
}
