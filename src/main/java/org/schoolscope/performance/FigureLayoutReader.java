package org.schoolscope.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.schoolscope.performance.FigureLayout.MeasureColumn;
import org.schoolscope.ingest.RowShape;
import org.schoolscope.performance.FigureLayout.RowRule;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a layout YAML file, refusing unknown keys and missing parts with a message naming the file and key. */
final class FigureLayoutReader {

    private static final Set<String> LAYOUT_KEYS = Set.of("kind", "title", "source", "signature", "academic-year",
            "release-stage", "row-shape", "rows", "measures", "complete-list");
    private static final Set<String> LIST_KEYS = Set.of("title", "scope", "type", "estab", "as-at");
    private static final Set<String> ROW_KEYS = Set.of("scope", "when", "urn", "laestab", "la", "breakdown",
            "breakdown-labels");
    private static final Set<String> MEASURE_KEYS = Set.of("column", "code", "label", "unit", "higher-is-better",
            "topic");

    private FigureLayoutReader() {
    }

    static FigureLayout read(String name, String yamlText) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        Map<String, Object> root = map(name, "the document", document);
        checkKeys(name, "the layout", root, LAYOUT_KEYS);
        List<RowRule> rows = new ArrayList<>();
        for (Object row : list(name, "rows", root.get("rows"))) {
            rows.add(rowRule(name, map(name, "a rows entry", row)));
        }
        List<MeasureColumn> measures = new ArrayList<>();
        for (Object measure : list(name, "measures", root.get("measures"))) {
            measures.add(measure(name, map(name, "a measures entry", measure)));
        }
        Map<String, Object> year = map(name, "academic-year", root.get("academic-year"));
        Pattern fileNamePattern = null;
        if (year.get("file-name") != null) {
            try {
                fileNamePattern = Pattern.compile(text(name, "academic-year.file-name", year.get("file-name")));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(name + ": academic-year.file-name is not a pattern: " + e.getMessage());
            }
        }
        String yearColumn = (String) year.get("column");
        if (yearColumn == null && fileNamePattern == null) {
            throw new IllegalArgumentException(name + ": academic-year needs a column or a file-name pattern");
        }
        checkKeys(name, "academic-year", year, Set.of("column", "file-name", "period"));
        String period = String.valueOf(year.getOrDefault("period", "academic"));
        if (PublishedPeriod.Type.ofLayout(period) == null) {
            throw new IllegalArgumentException(name + ": academic-year.period must be academic, financial or calendar");
        }
        if (!period.equals("academic") && yearColumn == null) {
            throw new IllegalArgumentException(name + ": a financial or calendar year is read from a column");
        }
        Map<String, Object> stage = map(name, "release-stage", root.getOrDefault("release-stage", Map.of()));
        String fallback = (String) stage.getOrDefault("default", "FINAL");
        if (!Set.of("PROVISIONAL", "REVISED", "FINAL").contains(fallback)) {
            throw new IllegalArgumentException(name + ": release-stage.default must be PROVISIONAL, REVISED or FINAL");
        }
        List<String> signature = list(name, "signature", root.get("signature")).stream()
                .map(s -> text(name, "signature", s)).toList();
        return new FigureLayout(text(name, "kind", root.get("kind")), text(name, "title", root.get("title")),
                (String) root.get("source"), signature, new FigureLayout.YearRule(yearColumn, fileNamePattern, period),
                new FigureLayout.StageRule((String) stage.get("column"), fallback), rowShape(name, root.get("row-shape")),
                rows, measures, completeList(name, root.get("complete-list")));
    }

    private static FigureLayout.CompleteList completeList(String name, Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> list = map(name, "complete-list", value);
        checkKeys(name, "complete-list", list, LIST_KEYS);
        if (!"census-day".equals(list.get("as-at"))) {
            throw new IllegalArgumentException(name + ": complete-list.as-at must be census-day");
        }
        org.schoolscope.register.ListScope scope;
        try {
            scope = org.schoolscope.register.ListScope.valueOf(text(name, "complete-list.scope", list.get("scope")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": complete-list.scope must be STATE_FUNDED or ALL_SCHOOLS");
        }
        return new FigureLayout.CompleteList(text(name, "complete-list.title", list.get("title")), scope,
                (String) list.get("type"), (String) list.get("estab"), FigureLayout.ListDate.CENSUS_DAY);
    }

    /** Rows are exact unless the layout says its publisher writes rows that stop after their last filled field. */
    private static RowShape rowShape(String name, Object value) {
        if (value == null || "exact".equals(value)) {
            return RowShape.EXACT;
        }
        if ("may-end-early".equals(value)) {
            return RowShape.MAY_END_EARLY;
        }
        throw new IllegalArgumentException(name + ": row-shape must be exact or may-end-early");
    }

    private static RowRule rowRule(String name, Map<String, Object> row) {
        checkKeys(name, "a rows entry", row, ROW_KEYS);
        FigureLayout.Scope scope;
        try {
            scope = FigureLayout.Scope.valueOf(text(name, "rows.scope", row.get("scope")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": rows.scope must be SCHOOL, LOCAL_AUTHORITY, REGION or ENGLAND");
        }
        String whenColumn = null;
        List<String> whenValues = List.of();
        if (row.get("when") != null) {
            Map<String, Object> when = map(name, "rows.when", row.get("when"));
            if (when.size() != 1) {
                throw new IllegalArgumentException(name + ": rows.when names one column and its values");
            }
            Map.Entry<String, Object> entry = when.entrySet().iterator().next();
            whenColumn = entry.getKey();
            whenValues = list(name, "rows.when." + whenColumn, entry.getValue()).stream().map(String::valueOf).toList();
        }
        if (scope == FigureLayout.Scope.SCHOOL && row.get("urn") == null && row.get("laestab") == null) {
            throw new IllegalArgumentException(name + ": a SCHOOL rows entry needs a urn or laestab column");
        }
        if ((scope == FigureLayout.Scope.LOCAL_AUTHORITY || scope == FigureLayout.Scope.REGION)
                && row.get("la") == null) {
            throw new IllegalArgumentException(name + ": a " + scope + " rows entry needs an la column");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> labels = row.get("breakdown-labels") == null ? null
                : (Map<String, String>) map(name, "rows.breakdown-labels", row.get("breakdown-labels")).entrySet()
                        .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                                e -> String.valueOf(e.getValue())));
        return new RowRule(scope, whenColumn, whenValues, (String) row.get("urn"), (String) row.get("laestab"),
                (String) row.get("la"), (String) row.get("breakdown"), labels);
    }

    private static MeasureColumn measure(String name, Map<String, Object> measure) {
        checkKeys(name, "a measures entry", measure, MEASURE_KEYS);
        String code = text(name, "measures.code", measure.get("code"));
        if (!code.matches("[a-z0-9]+(\\.[a-z0-9_]+)+")) {
            throw new IllegalArgumentException(name + ": measure code '" + code
                    + "' should be dotted lower case, e.g. ks4.attainment8");
        }
        FigureLayout.Unit unit;
        try {
            unit = FigureLayout.Unit.valueOf(text(name, "measures.unit of " + code, measure.get("unit")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": measure " + code + " has an unknown unit; use one of "
                    + java.util.Arrays.toString(FigureLayout.Unit.values()));
        }
        return new MeasureColumn(text(name, "measures.column of " + code, measure.get("column")), code,
                text(name, "measures.label of " + code, measure.get("label")), unit,
                (Boolean) measure.get("higher-is-better"), text(name, "measures.topic of " + code, measure.get("topic")));
    }

    private static void checkKeys(String name, String where, Map<String, Object> map, Set<String> allowed) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(name + ": unknown key '" + key + "' in " + where + "; expected one of "
                        + allowed);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String name, String where, Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(name + ": " + where + " should be a mapping");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(String name, String where, Object value) {
        if (!(value instanceof List) || ((List<Object>) value).isEmpty()) {
            throw new IllegalArgumentException(name + ": " + where + " should be a non-empty list");
        }
        return (List<Object>) value;
    }

    private static String text(String name, String where, Object value) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(name + ": " + where + " is missing");
        }
        return String.valueOf(value);
    }
}
