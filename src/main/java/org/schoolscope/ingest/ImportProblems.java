package org.schoolscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file, in the order found. Every problem is counted; the first {@value #KEPT} are kept
 * to name, which is enough to fix a file without a damaged file of millions of rows filling the memory with them.
 */
public final class ImportProblems {

    static final int KEPT = 50;

    private final String file;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    public ImportProblems(String file) {
        this.file = file;
    }

    public void add(ImportProblem problem) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    public void add(long line, String column, String code, String message) {
        add(new ImportProblem(file, line, column, code, message));
    }

    public void ofFile(String code, String message) {
        add(ImportProblem.ofFile(file, code, message));
    }

    public boolean any() {
        return count > 0;
    }

    /** Whether as many problems as are named have been found, so that reading further would name no more. */
    public boolean full() {
        return kept.size() >= KEPT;
    }

    public long count() {
        return count;
    }

    /** The problems named, and a last line saying how many more there were. */
    public List<ImportProblem> list() {
        List<ImportProblem> all = new ArrayList<>(kept);
        if (count > kept.size()) {
            all.add(ImportProblem.ofFile(file, "MORE_PROBLEMS", (count - kept.size()) + " more problems were found;"
                    + " the first " + kept.size() + " are listed"));
        }
        return all;
    }

    /** Refuses the file if anything was wrong: thrown inside the import's transaction, it undoes every write. */
    public void rejectIfAny() {
        if (any()) {
            throw new ImportRejectedException(list());
        }
    }
}
