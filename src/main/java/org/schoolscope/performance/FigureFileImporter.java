package org.schoolscope.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.schoolscope.ingest.LayoutFileImporter;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.PreparedImport;
import org.schoolscope.ingest.PublishedValue;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.performance.FigureLayout.MeasureColumn;
import org.schoolscope.performance.FigureLayout.RowRule;
import org.schoolscope.shared.AcademicYear;

/** Imports any statistics file described by a {@link FigureLayout}. */
final class FigureFileImporter extends LayoutFileImporter<FigureLayout> {

    private static final int PROGRESS_EVERY = 5000;

    private final FigureWriter writer;

    FigureFileImporter(FigureLayout layout, FigureWriter writer) {
        super(layout);
        this.writer = writer;
    }


    @Override
    public PreparedImport prepare(TabularFile file, ImportProgress progress) {
        RowReader reader = new RowReader(file);
        List<BoundRule> rules = layout.rows().stream().map(rule -> bind(reader, rule)).toList();
        List<BoundMeasure> measures = new ArrayList<>();
        for (MeasureColumn measure : layout.measures()) {
            int column = reader.optional(measure.column());
            if (column >= 0) {
                measures.add(new BoundMeasure(measure, column));
            }
        }
        if (measures.isEmpty()) {
            reader.fileProblem("NO_MEASURE_COLUMNS", "None of the measure columns of layout " + layout.kind()
                    + " is in the header");
        }
        int yearColumn = layout.year().column() == null ? -1 : reader.require(layout.year().column());
        String fileYear = yearColumn < 0 ? yearFromFileName(reader, file.name()) : null;
        int stageColumn = layout.releaseStage().column() == null ? -1 : reader.optional(layout.releaseStage().column());
        String fileStage = stageFromFileName(file.name());
        reader.rejectIfProblems();

        List<StagedFigure> figures = new ArrayList<>();
        Set<String> years = new HashSet<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        int done = 0;
        for (TabularFile.Row row : file.rows()) {
            if (++done % PROGRESS_EVERY == 0) {
                progress.rowsDone(file.name(), done, file.rows().size());
            }
            BoundRule rule = rules.stream().filter(r -> r.matches(reader, row)).findFirst().orElse(null);
            if (rule == null) {
                skipped++;
                continue;
            }
            String year = fileYear;
            if (yearColumn >= 0) {
                year = parseYear(reader, row, yearColumn);
                if (year == null) {
                    continue;
                }
            }
            years.add(year);
            String stage = stageColumn >= 0 && reader.text(row, stageColumn) != null
                    ? stageOf(reader.text(row, stageColumn), fileStage) : fileStage;
            Integer urn = rule.urnColumn >= 0 ? reader.integer(row, rule.urnColumn) : null;
            Integer laestab = rule.laestabColumn >= 0 ? reader.integer(row, rule.laestabColumn) : null;
            Integer laCode = rule.laColumn >= 0 ? reader.integerOrMarker(row, rule.laColumn) : null;
            if (rule.rule.scope() == FigureLayout.Scope.SCHOOL && urn == null && laestab == null) {
                reader.problem(row, Math.max(rule.urnColumn, rule.laestabColumn), "MISSING_SCHOOL",
                        "A school row has no URN or LAESTAB");
                continue;
            }
            if (rule.rule.scope() == FigureLayout.Scope.LOCAL_AUTHORITY && laCode == null) {
                reader.problem(row, rule.laColumn, "MISSING_LA", "A local-authority row has no LA code");
                continue;
            }
            String breakdown = rule.breakdown(reader, row);
            for (BoundMeasure measure : measures) {
                String raw = row.value(measure.column);
                PublishedValue value = measure.measure.unit() == FigureLayout.Unit.TEXT ? PublishedValue.parseText(raw)
                        : PublishedValue.parseNumber(raw);
                if (value == null) {
                    reader.problem(row, measure.column, "NOT_A_NUMBER",
                            "'" + raw + "' is neither a number nor a published marker such as SUPP, NE, x or c");
                    continue;
                }
                // A figure published twice in one file (a repeated row) is taken from its first row.
                String key = rule.rule.scope() + "|" + urn + "|" + laestab + "|"
                        + (rule.rule.scope() == FigureLayout.Scope.LOCAL_AUTHORITY ? laCode : "") + "|" + breakdown
                        + "|" + measure.measure.code() + "|" + year + "|" + stage;
                if (seen.add(key)) {
                    figures.add(new StagedFigure(row.line(), rule.rule.scope(), urn, laestab,
                            rule.rule.scope() == FigureLayout.Scope.ENGLAND ? null : laCode, breakdown,
                            measure.measure.code(), year, stage, value, raw));
                }
            }
        }
        reader.rejectIfProblems();
        int rowsRead = file.rows().size();
        int skippedRows = skipped;
        String academicYear = years.size() == 1 ? years.iterator().next() : null;
        return new PreparedImport() {
            @Override
            public int rowsRead() {
                return rowsRead;
            }

            @Override
            public String academicYear() {
                return academicYear;
            }

            @Override
            public String releaseStage() {
                return fileStage;
            }

            @Override
            public LocalDate asAt() {
                return academicYear == null ? null : AcademicYear.parse(academicYear).lastDay();
            }

            @Override
            public WriteCounts write(ImportBatch batch) {
                return writer.write(layout, figures, batch)
                        .plus(new WriteCounts(0, 0, 0, skippedRows));
            }
        };
    }

    private String yearFromFileName(RowReader reader, String fileName) {
        Matcher matcher = layout.year().fileNamePattern().matcher(fileName);
        if (matcher.find()) {
            try {
                return AcademicYear.parse(matcher.group()).toString();
            } catch (IllegalArgumentException e) {
                // fall through to the problem below
            }
        }
        reader.fileProblem("NO_ACADEMIC_YEAR", "This file's academic year is read from its name, which should start"
                + " with it as DfE names its downloads, e.g. 2018-2019_" + fileName);
        return null;
    }

    private static String parseYear(RowReader reader, TabularFile.Row row, int column) {
        String text = reader.text(row, column);
        try {
            return AcademicYear.parse(text == null ? "" : text).toString();
        } catch (IllegalArgumentException e) {
            reader.problem(row, column, "NOT_AN_ACADEMIC_YEAR", "'" + text + "' is not an academic year");
            return null;
        }
    }

    private String stageFromFileName(String fileName) {
        return stageOf(fileName, layout.releaseStage().fallback());
    }

    private static String stageOf(String text, String fallback) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("provisional")) {
            return "PROVISIONAL";
        }
        if (lower.contains("revised")) {
            return "REVISED";
        }
        if (lower.contains("final")) {
            return "FINAL";
        }
        return fallback;
    }

    private static BoundRule bind(RowReader reader, RowRule rule) {
        return new BoundRule(rule, rule.whenColumn() == null ? -1 : reader.require(rule.whenColumn()),
                rule.urnColumn() == null ? -1 : reader.require(rule.urnColumn()),
                rule.laestabColumn() == null ? -1 : reader.require(rule.laestabColumn()),
                rule.laColumn() == null ? -1 : reader.require(rule.laColumn()),
                rule.breakdownColumn() == null ? -1 : reader.require(rule.breakdownColumn()));
    }

    private record BoundMeasure(MeasureColumn measure, int column) {
    }

    private record BoundRule(RowRule rule, int whenColumn, int urnColumn, int laestabColumn, int laColumn,
            int breakdownColumn) {

        boolean matches(RowReader reader, TabularFile.Row row) {
            if (whenColumn < 0) {
                return true;
            }
            String value = row.value(whenColumn).replace("\uFEFF", "").trim();
            return rule.whenValues().contains(value);
        }

        String breakdown(RowReader reader, TabularFile.Row row) {
            if (breakdownColumn < 0) {
                return "";
            }
            String value = row.value(breakdownColumn).trim();
            return rule.breakdownLabels().getOrDefault(value, value);
        }
    }
}
