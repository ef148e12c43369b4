package org.schoolscope.performance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.schoolscope.ingest.ImportContext;
import org.schoolscope.ingest.ImportResult;
import org.schoolscope.ingest.LayoutFileImporter;
import org.schoolscope.ingest.PublishedValue;
import org.schoolscope.ingest.RowReader;
import org.schoolscope.ingest.TabularFile;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.performance.FigureLayout.MeasureColumn;
import org.schoolscope.performance.FigureLayout.RowRule;
import org.schoolscope.register.CompleteListing;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * Imports any statistics file described by a {@link FigureLayout}: each row is checked as it is read and its figures
 * streamed to the {@link FigureWriter}'s staging table; what needs the whole file is checked there.
 */
final class FigureFileImporter extends LayoutFileImporter<FigureLayout> {

    private final FigureWriter writer;
    private final SchoolRegister register;

    FigureFileImporter(FigureLayout layout, FigureWriter writer, SchoolRegister register) {
        super(layout);
        this.writer = writer;
        this.register = register;
    }

    /** A file that lists every school (the census) tells the register which schools exist, so it goes first. */
    @Override
    public boolean isRegisterSource() {
        return layout.completeList() != null;
    }

    @Override
    public ImportResult importRows(TabularFile file, ImportContext context) {
        RowReader reader = new RowReader(file);
        List<BoundRule> rules = layout.rows().stream().map(rule -> bind(reader, rule)).toList();
        List<BoundMeasure> measures = new ArrayList<>();
        for (MeasureColumn measure : layout.measures()) {
            int column = reader.optional(measure.column());
            if (column >= 0) {
                measures.add(new BoundMeasure(measure, column, measure.unit() == FigureLayout.Unit.TEXT));
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
        Listing listing = layout.completeList() == null ? null : new Listing(layout.completeList(), reader, fileYear);
        reader.rejectIfProblems();

        Set<String> years = new HashSet<>();
        Set<String> yearsAndStages = new HashSet<>();
        int skipped = 0;
        WriteCounts counts;
        RegisterIndex register = writer.register(layout);
        boolean straight = !context.careful();
        try (FigureStage stage = straight ? writer.straight(layout, context) : writer.stage(context)) {
            for (TabularFile.Row row : file.rows()) {
                if (context.problems().full()) {
                    break;
                }
                BoundRule rule = matching(rules, row);
                if (rule == null) {
                    skipped++;
                    continue;
                }
                String year = fileYear;
                if (yearColumn >= 0) {
                    year = layout.year().academic() ? parseYear(reader, row, yearColumn)
                            : parsePeriod(reader, row, yearColumn, layout.year().period());
                    if (year == null) {
                        continue;
                    }
                }
                years.add(year);
                String releaseStage = stageColumn >= 0 && reader.text(row, stageColumn) != null
                        ? stageOf(reader.text(row, stageColumn), fileStage) : fileStage;
                Integer urn = rule.urnColumn >= 0 ? reader.integer(row, rule.urnColumn) : null;
                Integer laestab = rule.laestabColumn >= 0 ? reader.integer(row, rule.laestabColumn) : null;
                Integer laCode = rule.laColumn >= 0 ? reader.integerOrMarker(row, rule.laColumn) : null;
                FigureLayout.Scope scope = rule.rule.scope();
                if (scope == FigureLayout.Scope.SCHOOL && urn == null && laestab == null) {
                    reader.problem(row, Math.max(rule.urnColumn, rule.laestabColumn), "MISSING_SCHOOL",
                            "A school row has no URN or LAESTAB");
                    continue;
                }
                if ((scope == FigureLayout.Scope.LOCAL_AUTHORITY || scope == FigureLayout.Scope.REGION)
                        && laCode == null) {
                    reader.problem(row, rule.laColumn, "MISSING_LA", "A local-authority row has no LA code");
                    continue;
                }
                // Every value is checked, so one reading names every mistake, before the school is looked up.
                PublishedValue[] values = new PublishedValue[measures.size()];
                boolean valid = true;
                for (int i = 0; i < values.length; i++) {
                    BoundMeasure measure = measures.get(i);
                    String raw = row.value(measure.column);
                    values[i] = measure.text ? PublishedValue.parseText(raw) : PublishedValue.parseNumber(raw);
                    if (values[i] == null) {
                        reader.problem(row, measure.column, "NOT_A_NUMBER",
                                "'" + raw + "' is neither a number nor a published marker such as SUPP, NE, x or c");
                        valid = false;
                    }
                }
                if (scope == FigureLayout.Scope.SCHOOL) {
                    urn = urn != null ? urn : register.schoolWithLaestab(laestab);
                    // A file that lists every school says each school it lists existed on its date, so it adds a
                    // school the register has not heard of (one opened since the last register file), unless the
                    // row's LAESTAB is another school's on an earlier line: then the URN is a mistake.
                    boolean known = urn != null && register.holds(urn);
                    Integer sharedWith = listing == null || urn == null ? null : listing.add(row, urn, laCode, known);
                    if (!known && (listing == null || urn == null || sharedWith != null)) {
                        unknownSchool(reader, row, rule, urn, laestab, sharedWith, context);
                        continue;
                    }
                }
                if (!valid || context.problems().any()) {
                    continue;
                }
                Integer storedLa = scope == FigureLayout.Scope.ENGLAND ? null : laCode;
                String breakdown = rule.breakdown(row);
                for (int i = 0; i < values.length; i++) {
                    BoundMeasure measure = measures.get(i);
                    stage.add(row.line(), scope, urn, storedLa, breakdown, measure.measure.code(), year,
                            releaseStage, values[i], row.value(measure.column));
                }
                yearsAndStages.add(year + "\t" + releaseStage);
            }
            if (context.problems().any()) {
                return ImportResult.of(WriteCounts.NONE);
            }
            stage.finish();
            if (listing != null) {
                // After the staging COPY has ended (its connection takes no other statement meanwhile).
                listing.record(context);
            }
            counts = straight ? new WriteCounts((int) stage.figures(), 0, 0, 0)
                    : writer.store(layout, measureColumns(), releases(measures, yearsAndStages), context);
        }
        if (counts == null) {
            return ImportResult.of(WriteCounts.NONE);
        }
        // A file of financial or calendar years is dated by no academic year.
        String academicYear = years.size() == 1 && layout.year().academic() ? years.iterator().next() : null;
        return new ImportResult(counts.plus(new WriteCounts(0, 0, 0, skipped)), academicYear, fileStage,
                academicYear == null ? null : AcademicYear.parse(academicYear).lastDay());
    }

    /**
     * The schools a census-like file lists, gathered as the rows stream past and recorded in the register once the
     * figures are staged: each was open on the list's day, of the type the file gives. The file names no school, so
     * the register may know a school by its URN alone until a file with its name arrives.
     */
    private final class Listing {

        private final FigureLayout.CompleteList list;
        private final RowReader reader;
        private final int typeColumn;
        private final int estabColumn;
        private final CompleteListing listing;
        private final List<SchoolFacts> pending = new ArrayList<>();
        private final Map<Integer, Integer> laestabs = new HashMap<>();

        Listing(FigureLayout.CompleteList list, RowReader reader, String fileYear) {
            this.list = list;
            this.reader = reader;
            this.typeColumn = list.typeColumn() == null ? -1 : reader.require(list.typeColumn());
            this.estabColumn = list.estabColumn() == null ? -1 : reader.require(list.estabColumn());
            if (fileYear == null) {
                reader.fileProblem("NO_LIST_DATE", "A file that lists every school is dated by the academic year in"
                        + " its name, e.g. 2024-2025_england_census.csv");
                this.listing = null;
            } else {
                this.listing = new CompleteListing(list.title(), list.asAt().of(AcademicYear.parse(fileYear)),
                        list.scope());
            }
        }

        /**
         * Lists the school unless its LAESTAB is another school's on an earlier line and the register does not know
         * it; returns that other school's URN, or null.
         */
        Integer add(TabularFile.Row row, int urn, Integer laCode, boolean known) {
            Integer estab = estabColumn < 0 ? null : reader.integer(row, estabColumn);
            Integer laestab = estab == null || laCode == null ? null : laCode * 10000 + estab;
            Integer earlier = laestab == null ? null : laestabs.putIfAbsent(laestab, urn);
            Integer sharedWith = earlier == null || earlier == urn ? null : earlier;
            if (sharedWith != null && !known) {
                return sharedWith;
            }
            Urn school;
            try {
                school = new Urn(urn);
            } catch (IllegalArgumentException e) {
                reader.problem(row, -1, "NOT_A_URN", e.getMessage());
                return null;
            }
            pending.add(new SchoolFacts(school, laestab, laCode, null, null,
                    typeColumn < 0 ? null : reader.text(row, typeColumn), null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null));
            return sharedWith;
        }

        void record(ImportContext context) {
            if (!pending.isEmpty() && listing != null && !context.problems().any()) {
                register.recordList(pending, listing, context.batch());
            }
            pending.clear();
        }
    }

    private static BoundRule matching(List<BoundRule> rules, TabularFile.Row row) {
        for (BoundRule rule : rules) {
            if (rule.matches(row)) {
                return rule;
            }
        }
        return null;
    }

    /** Each (measure code, academic year, release stage) the file publishes. */
    private static Set<List<String>> releases(List<BoundMeasure> measures, Set<String> yearsAndStages) {
        Set<List<String>> releases = new HashSet<>();
        for (String yearAndStage : yearsAndStages) {
            String[] parts = yearAndStage.split("\t");
            measures.forEach(measure -> releases.add(List.of(measure.measure.code(), parts[0], parts[1])));
        }
        return releases;
    }

    private Map<String, String> measureColumns() {
        Map<String, String> columns = new HashMap<>();
        layout.measures().forEach(m -> columns.put(m.code(), m.column()));
        return columns;
    }

    /**
     * A school row must name a school the register holds, by URN or by a LAESTAB that names one: register files are
     * imported first, so a URN it does not hold is most likely a mistake (999999), and its figures would attach to
     * nothing. The file is refused, or the row left out and listed where the council asked.
     */
    private static void unknownSchool(RowReader reader, TabularFile.Row row, BoundRule rule, Integer urn,
            Integer laestab, Integer sharedWith, ImportContext context) {
        boolean byUrn = rule.urnColumn >= 0 && urn != null;
        String column = reader.columnName(byUrn ? rule.urnColumn : rule.laestabColumn);
        String code = byUrn ? "UNKNOWN_SCHOOL" : "UNKNOWN_LAESTAB";
        String reason = byUrn ? "No school with URN " + urn + " is in the register"
                : "No school in the register has LAESTAB " + laestab;
        if (sharedWith != null) {
            reason += ", and this row's LA and establishment number are those of URN " + sharedWith
                    + " on an earlier line";
        }
        if (context.options().skipUnknownSchools()) {
            context.leaveOut(row.line(), column, code, reason);
        } else {
            context.problems().add(row.line(), column, code, reason + ": import the register file that holds it"
                    + " first, or import with --skip-unknown-schools to leave such rows out");
        }
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

    /** A financial or calendar year, named by the year it ends in as DfE's files do: 2021 is FY2020-21 or CY2021. */
    private static String parsePeriod(RowReader reader, TabularFile.Row row, int column, String period) {
        String text = reader.text(row, column);
        try {
            return PublishedPeriod.of(text, PublishedPeriod.Type.ofLayout(period)).text();
        } catch (IllegalArgumentException e) {
            reader.problem(row, column, "NOT_A_PERIOD", e.getMessage());
            return null;
        }
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

    private record BoundMeasure(MeasureColumn measure, int column, boolean text) {
    }

    private record BoundRule(RowRule rule, int whenColumn, int urnColumn, int laestabColumn, int laColumn,
            int breakdownColumn) {

        boolean matches(TabularFile.Row row) {
            if (whenColumn < 0) {
                return true;
            }
            String value = row.value(whenColumn).replace("\uFEFF", "").trim();
            return rule.whenValues().contains(value);
        }

        String breakdown(TabularFile.Row row) {
            if (breakdownColumn < 0) {
                return "";
            }
            String value = row.value(breakdownColumn).trim();
            return rule.breakdownLabels().getOrDefault(value, value);
        }
    }
}
