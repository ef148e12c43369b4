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
        StageRule releaseStage, RowShape rowShape, List<RowRule> rows, List<MeasureColumn> measures,
        CompleteList completeList) implements org.schoolscope.ingest.PublishedLayout {

    public FigureLayout {
        signature = List.copyOf(signature);
        rows = List.copyOf(rows);
        measures = List.copyOf(measures);
    }

    /**
     * For a file that lists every school of its kind (the January school census), what its school rows tell the
     * register: that each school was open on the census day, of the type in {@code typeColumn}, with the
     * establishment number in {@code estabColumn}. Null for a layout whose rows are figures only.
     */
    public record CompleteList(String title, org.schoolscope.register.ListScope scope, String typeColumn,
            String estabColumn, ListDate asAt) {
    }

    /** The day a complete list describes. */
    public enum ListDate {
        /** The spring census day: the third Thursday of January of the academic year. */
        CENSUS_DAY;

        public java.time.LocalDate of(org.schoolscope.shared.AcademicYear year) {
            java.time.LocalDate first = java.time.LocalDate.of(year.startYear() + 1, 1, 1);
            return first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(3, java.time.DayOfWeek.THURSDAY));
        }
    }

    /**
     * Where the academic year comes from: a column of each row, or the file name (e.g. 2018-2019_...).
     *
     * @param period how the column's years are counted: academic years unless the layout says financial or calendar
     *     years ({@code period: financial}), which are stored as FY2020-21 or CY2021 (see {@link PublishedPeriod})
     */
    public record YearRule(String column, Pattern fileNamePattern, String period) {

        public YearRule(String column, Pattern fileNamePattern) {
            this(column, fileNamePattern, "academic");
        }

        public boolean academic() {
            return period == null || period.equals("academic");
        }
    }

    /** Where the release stage comes from: a column, the file name's words, or a fixed default. */
    public record StageRule(String column, String fallback) {
    }

    /** Whom a row's figures describe; REGION rows keep the region's code as the file gives it (LAIT: 984). */
    public enum Scope {
        SCHOOL, LOCAL_AUTHORITY, REGION, ENGLAND
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
        PERCENT, SCORE, COUNT, RATE, TEXT, MONEY
    }

    /** One published column stored as one measure; {@code higherIsBetter} is null where direction has no meaning. */
    public record MeasureColumn(String column, String code, String label, Unit unit, Boolean higherIsBetter,
            String topic) {
    }
}
