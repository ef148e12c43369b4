package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of two texts, as kept, removed or added, from their longest common run of lines: what a rulebook
 * version changed from the one before it, for a reader who wants to see exactly what was edited.
 */
public final class LineDiff {

    private final List<DiffLine> lines;

    private LineDiff(List<DiffLine> lines) {
        this.lines = List.copyOf(lines);
    }

    public static LineDiff between(String before, String after) {
        String[] old = split(before);
        String[] now = split(after);
        // common[i][j]: the length of the longest common subsequence of old[i..] and now[j..].
        int[][] common = new int[old.length + 1][now.length + 1];
        for (int i = old.length - 1; i >= 0; i--) {
            for (int j = now.length - 1; j >= 0; j--) {
                common[i][j] = old[i].equals(now[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<DiffLine> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.length || j < now.length) {
            if (i < old.length && j < now.length && old[i].equals(now[j])) {
                lines.add(new DiffLine(DiffLine.Change.KEPT, i + 1, j + 1, old[i]));
                i++;
                j++;
            } else if (j < now.length && (i == old.length || common[i][j + 1] >= common[i + 1][j])) {
                lines.add(new DiffLine(DiffLine.Change.ADDED, 0, j + 1, now[j]));
                j++;
            } else {
                lines.add(new DiffLine(DiffLine.Change.REMOVED, i + 1, 0, old[i]));
                i++;
            }
        }
        return new LineDiff(reorderRemovalsFirst(lines));
    }

    /** Within each block of changes, removed lines come before the lines that replace them, as readers expect. */
    private static List<DiffLine> reorderRemovalsFirst(List<DiffLine> lines) {
        List<DiffLine> ordered = new ArrayList<>(lines.size());
        List<DiffLine> added = new ArrayList<>();
        for (DiffLine line : lines) {
            switch (line.change()) {
                case ADDED -> added.add(line);
                case REMOVED -> ordered.add(line);
                case KEPT -> {
                    ordered.addAll(added);
                    added.clear();
                    ordered.add(line);
                }
            }
        }
        ordered.addAll(added);
        return ordered;
    }

    private static String[] split(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.replace("\r\n", "\n").split("\n", -1);
    }

    public List<DiffLine> lines() {
        return lines;
    }

    public boolean identical() {
        return lines.stream().noneMatch(DiffLine::changed);
    }

    public long added() {
        return lines.stream().filter(line -> line.change() == DiffLine.Change.ADDED).count();
    }

    public long removed() {
        return lines.stream().filter(line -> line.change() == DiffLine.Change.REMOVED).count();
    }

    /** Only the changed lines and up to {@code context} unchanged lines either side of each, in order. */
    public List<DiffLine> withContext(int context) {
        int size = lines.size();
        boolean[] keep = new boolean[size];
        for (int index = 0; index < size; index++) {
            if (lines.get(index).changed()) {
                for (int near = Math.max(0, index - context); near <= Math.min(size - 1, index + context); near++) {
                    keep[near] = true;
                }
            }
        }
        List<DiffLine> kept = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            if (keep[index]) {
                kept.add(lines.get(index));
            }
        }
        return kept;
    }
}
