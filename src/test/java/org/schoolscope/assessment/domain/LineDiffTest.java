package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void shouldShowAChangedThresholdAsTheOldLineRemovedAndTheNewAdded() {
        LineDiff diff = LineDiff.between("parameters:\n  due: 48\n  gap: 25\n", "parameters:\n  due: 36\n  gap: 25\n");

        assertThat(diff.lines()).containsExactly(
                new DiffLine(DiffLine.Change.KEPT, 1, 1, "parameters:"),
                new DiffLine(DiffLine.Change.REMOVED, 2, 0, "  due: 48"),
                new DiffLine(DiffLine.Change.ADDED, 0, 2, "  due: 36"),
                new DiffLine(DiffLine.Change.KEPT, 3, 3, "  gap: 25"),
                new DiffLine(DiffLine.Change.KEPT, 4, 4, ""));
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isEqualTo(1);
        assertThat(diff.identical()).isFalse();
    }

    @Test
    void shouldKeepEveryLineOfTheSameText() {
        LineDiff diff = LineDiff.between("a\nb\nc", "a\nb\nc");

        assertThat(diff.identical()).isTrue();
        assertThat(diff.withContext(2)).isEmpty();
    }

    @Test
    void shouldShowEveryLineOfTheFirstVersionAsAdded() {
        LineDiff diff = LineDiff.between("", "a\nb");

        assertThat(diff.lines()).extracting(DiffLine::change)
                .containsExactly(DiffLine.Change.ADDED, DiffLine.Change.ADDED);
        assertThat(diff.lines()).extracting(DiffLine::numberAfter).containsExactly(1, 2);
    }

    @Test
    void shouldFindAnInsertedRuleAmongUnchangedLinesAndShowOnlyItsNeighbours() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8";
        String after = "1\n2\n3\n4\nnew\n5\n6\n7\n8";

        LineDiff diff = LineDiff.between(before, after);

        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isZero();
        List<DiffLine> near = diff.withContext(1);
        assertThat(near).extracting(DiffLine::text).containsExactly("4", "new", "5");
        assertThat(near.get(2).numberBefore()).isEqualTo(5);
        assertThat(near.get(2).numberAfter()).isEqualTo(6);
    }

    @Test
    void shouldRebuildBothTextsFromTheDiff() {
        String before = "x\na\nb\nc\nd\ny";
        String after = "a\nc\nz\nd\ny\nw";

        LineDiff diff = LineDiff.between(before, after);

        assertThat(String.join("\n", diff.lines().stream().filter(line -> line.change() != DiffLine.Change.ADDED)
                .map(DiffLine::text).toList())).isEqualTo(before);
        assertThat(String.join("\n", diff.lines().stream().filter(line -> line.change() != DiffLine.Change.REMOVED)
                .map(DiffLine::text).toList())).isEqualTo(after);
        assertThat(diff.lines().stream().filter(line -> line.change() == DiffLine.Change.KEPT).count())
                .as("the longest common run of lines: a, c, d, y").isEqualTo(4);
    }
}
