package org.schoolscope.performance;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.schoolscope.ingest.RowShape;

/**
 * A published statistics layout, read from a YAML file so that a new edition or a new file needs a new YAML file,
 * not new code: how to recognise it, which rows are schools, LAs and England, and which columns are which measures.
 *
 * @param rowShape how the file's rows may differ in length from its header: exact unless the layout declares that
 *     its publisher writes rows that stop early ({@code row-shape: may-end-early})
 */
public record FigureLayout(String kind, String title, String source, List<String> signature, YearRule year,
        StageRule releaseStage, RowShape rowShape, List<RowRule> rows, List<MeasureColumn> measures)
        implements org.schoolscope.ingest.PublishedLayout {

    public FigureLayout {
        signature = List.copyOf(signature);
        rows = List.copyOf(rows);
        measures = List.copyOf(measures);
    }

    /** Where the academic year comes from: a column of each row, or the file name (e.g. 2018-2019_...). */
    public record YearRule(String column, Pattern fileNamePattern) {
    }

    /** Where the release stage comes from: a column, the file name's words, or a fixed default. */
    public record StageRule(String column, String fallback) {
    }

    public enum Scope {
        SCHOOL, LOCAL_AUTHORITY, ENGLAND
    }

    /**
     * Rows whose {@code whenColumn} holds one of {@code whenValues} (or every row, when no column is named) are
     * figures of {@code scope}; the first matching rule wins and rows matching none are skipped.
     */
    public record RowRule(Scope scope, String whenColumn, List<String> whenValues, String urnColumn,
            String laestabColumn, String laColumn, String breakdownColumn, Map<String, String> breakdownLabels) {

        public RowRule {
            whenValues = whenValues == null ? List.of() : List.copyOf(whenValues);
            breakdownLabels = breakdownLabels == null ? Map.of() : Map.copyOf(breakdownLabels);
        }
    }

    public enum Unit {
        PERCENT, SCORE, COUNT, RATE, TEXT
    }

    /** One published column stored as one measure; {@code higherIsBetter} is null where direction has no meaning. */
    public record MeasureColumn(String column, String code, String label, Unit unit, Boolean higherIsBetter,
            String topic) {
    }
}
