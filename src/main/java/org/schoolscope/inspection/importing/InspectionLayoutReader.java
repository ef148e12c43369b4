package org.schoolscope.inspection.importing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schoolscope.inspection.domain.EvaluationArea;
import org.schoolscope.inspection.domain.Framework;
import org.schoolscope.inspection.domain.KeyJudgementArea;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.inspection.domain.Safeguarding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a layout YAML file into an {@link InspectionLayout}, refusing anything it would misread: unknown keys (a
 * typo would silently drop a column), unknown areas, grades or frameworks, and sections that cannot be recognised
 * in a row. A layout is checked when the application starts, not when the first file arrives.
 */
public final class InspectionLayoutReader {

    private static final Set<String> TOP_KEYS = Set.of("kind", "title", "signature", "school", "codes", "inspections",
            "completeList");
    private static final Set<String> SCHOOL_KEYS = Set.of("urn", "laestab", "name", "laName", "establishmentType",
            "phase", "constituency", "trustName", "numberOfPupils", "statutoryLowAge", "statutoryHighAge", "openDate");
    private static final Set<String> LIST_KEYS = Set.of("title", "scope");
    private static final Set<String> CODE_KEYS = Set.of("grades", "reportCardGrades", "noJudgement", "safeguarding",
            "yesCodes", "noCodes");
    private static final Set<String> SECTION_KEYS = Set.of("section", "framework", "number", "type", "startDate",
            "endDate", "publicationDate", "urnAtInspection", "schoolNameAtInspection", "overallEffectiveness",
            "categoryOfConcern", "safeguarding", "judgements", "outcome", "convertedToGraded");

    private InspectionLayoutReader() {
    }

    public static InspectionLayout read(String source, String yaml) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw invalid(source, "it is not valid YAML: " + e.getMessage());
        }
        Map<String, Object> top = map(source, "the document", document, TOP_KEYS);
        Map<String, Object> school = map(source, "school", top.get("school"), SCHOOL_KEYS);
        Map<String, Object> codes = map(source, "codes", top.getOrDefault("codes", Map.of()), CODE_KEYS);
        InspectionLayout.SchoolColumns schoolColumns = new InspectionLayout.SchoolColumns(
                required(source, school, "urn"), text(school, "laestab"), required(source, school, "name"),
                text(school, "laName"), text(school, "establishmentType"), text(school, "phase"),
                text(school, "constituency"), text(school, "trustName"), text(school, "numberOfPupils"),
                text(school, "statutoryLowAge"), text(school, "statutoryHighAge"), text(school, "openDate"));
        InspectionLayout.RegisterList registerList = null;
        if (top.get("completeList") != null) {
            Map<String, Object> list = map(source, "completeList", top.get("completeList"), LIST_KEYS);
            registerList = new InspectionLayout.RegisterList(required(source, list, "title"),
                    parse(source, "completeList scope", required(source, list, "scope"),
                            org.schoolscope.register.ListScope::valueOf));
        }
        InspectionLayout.Codes layoutCodes = new InspectionLayout.Codes(
                codes(source, codes, "grades", OverallEffectiveness::valueOf),
                codes(source, codes, "reportCardGrades", ReportCardGrade::valueOf),
                strings(source, codes, "noJudgement"), codes(source, codes, "safeguarding", Safeguarding::valueOf),
                strings(source, codes, "yesCodes"), strings(source, codes, "noCodes"));
        Object sectionList = top.get("inspections");
        if (!(sectionList instanceof List<?> items) || items.isEmpty()) {
            throw invalid(source, "'inspections' must list at least one inspection section");
        }
        List<InspectionLayout.Section> sections = items.stream()
                .map(item -> section(source, map(source, "an inspection section", item, SECTION_KEYS), layoutCodes))
                .toList();
        List<String> signature = strings(source, top, "signature");
        if (signature.isEmpty()) {
            throw invalid(source, "'signature' must name the columns that identify the layout");
        }
        return new InspectionLayout(source, required(source, top, "kind"), required(source, top, "title"), signature,
                schoolColumns, registerList, layoutCodes, sections);
    }

    private static InspectionLayout.Section section(String source, Map<String, Object> section,
            InspectionLayout.Codes codes) {
        String name = required(source, section, "section");
        Framework framework = parse(source, "framework of section '" + name + "'", required(source, section, "framework"),
                Framework::valueOf);
        Map<String, Object> judgementColumns = section.get("judgements") == null ? Map.of()
                : map(source, "judgements of section '" + name + "'", section.get("judgements"), null);
        Map<String, String> judgements = new LinkedHashMap<>();
        judgementColumns.forEach((area, column) -> {
            checkArea(source, name, framework, area);
            judgements.put(area, String.valueOf(column));
        });
        InspectionLayout.Section result = new InspectionLayout.Section(name, framework, text(section, "number"),
                text(section, "type"), text(section, "startDate"), text(section, "endDate"),
                text(section, "publicationDate"), text(section, "urnAtInspection"),
                text(section, "schoolNameAtInspection"), text(section, "overallEffectiveness"),
                text(section, "categoryOfConcern"), text(section, "safeguarding"), judgements, text(section, "outcome"),
                text(section, "convertedToGraded"));
        checkSection(source, result, codes);
        return result;
    }

    private static void checkArea(String source, String section, Framework framework, String area) {
        Set<String> allowed = switch (framework) {
            case SINGLE_GRADE, KEY_JUDGEMENTS -> names(KeyJudgementArea.values());
            case REPORT_CARD -> names(EvaluationArea.values());
            case UNGRADED -> Set.of();
        };
        if (!allowed.contains(area)) {
            throw invalid(source, "section '" + section + "' judges '" + area + "', which is not one of " + allowed
                    + " for " + framework);
        }
    }

    private static void checkSection(String source, InspectionLayout.Section section, InspectionLayout.Codes codes) {
        String problem = null;
        if (section.presenceColumn() == null) {
            problem = "needs a number, startDate or endDate column to tell whether a row has the inspection";
        } else if (section.framework() == Framework.SINGLE_GRADE && section.overallEffectiveness() == null) {
            problem = "is SINGLE_GRADE, so it needs an overallEffectiveness column";
        } else if (section.framework() != Framework.SINGLE_GRADE && section.overallEffectiveness() != null) {
            problem = "is " + section.framework() + ", which has no overall effectiveness grade";
        } else if (switch (section.framework()) {
            case SINGLE_GRADE, KEY_JUDGEMENTS -> codes.grades().isEmpty();
            case REPORT_CARD -> codes.reportCardGrades().isEmpty();
            case UNGRADED -> false;
        }) {
            problem = "needs codes for its grades (codes.grades or codes.reportCardGrades)";
        } else if (section.safeguarding() != null && codes.safeguarding().isEmpty()) {
            problem = "reads safeguarding but codes.safeguarding is empty";
        } else if (section.convertedToGraded() != null && (codes.yes().isEmpty() || codes.no().isEmpty())) {
            problem = "reads convertedToGraded but codes.yesCodes or codes.noCodes is empty";
        }
        if (problem != null) {
            throw invalid(source, "section '" + section.name() + "' " + problem);
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String source, String what, Object value, Set<String> allowedKeys) {
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(source, what + " must be a mapping of names to values");
        }
        if (allowedKeys != null) {
            for (Object key : map.keySet()) {
                if (!allowedKeys.contains(String.valueOf(key))) {
                    throw invalid(source, what + " has an unknown key '" + key + "'; known keys are " + allowedKeys);
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, v) -> result.put(String.valueOf(key), v));
        return result;
    }

    private static <T> Map<String, T> codes(String source, Map<String, Object> codes, String key,
            Function<String, T> parser) {
        Object value = codes.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> published)) {
            throw invalid(source, "codes." + key + " must map published values to their meaning");
        }
        Map<String, T> result = new LinkedHashMap<>();
        published.forEach((code, meaning) -> result.put(scalar(source, code),
                parse(source, "codes." + key + " for '" + code + "'", String.valueOf(meaning), parser)));
        return result;
    }

    private static List<String> strings(String source, Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(source, "'" + key + "' must be a list");
        }
        return list.stream().map(item -> scalar(source, item)).toList();
    }

    /** YAML reads an unquoted Yes as true: refuse it rather than match a cell "true" that no file contains. */
    private static String scalar(String source, Object value) {
        if (value instanceof Boolean) {
            throw invalid(source, "a published value reads as a yes/no boolean: quote it, e.g. \"Yes\"");
        }
        return String.valueOf(value);
    }

    private static <T> T parse(String source, String what, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw invalid(source, what + " is '" + value + "', which is not a known value");
        }
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static String required(String source, Map<String, Object> map, String key) {
        String value = text(map, key);
        if (value == null || value.isBlank()) {
            throw invalid(source, "'" + key + "' is required");
        }
        return value;
    }

    private static IllegalStateException invalid(String source, String message) {
        return new IllegalStateException("Inspection layout " + source + " cannot be used: " + message);
    }
}
