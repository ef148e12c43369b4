package org.schoolscope.assessment.rulebook;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schoolscope.assessment.domain.Category;
import org.schoolscope.assessment.domain.Consequence;
import org.schoolscope.assessment.domain.Notification;
import org.schoolscope.assessment.domain.Parameter;
import org.schoolscope.assessment.domain.RuleDefinition;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.domain.RulebookProblem;
import org.schoolscope.assessment.domain.RulebookRefusedException;
import org.schoolscope.assessment.domain.ScoreBand;
import org.schoolscope.register.ResponsibleBody;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the rulebook document a council edits. Unknown keys are refused rather than ignored, so a misspelt
 * {@code wehn:} cannot quietly turn a rule off. Structure only: conditions are checked by the rulebook compiler.
 */
public final class RulebookYaml {

    private static final Set<String> TOP_KEYS = Set.of("version", "author", "reason", "date", "categories",
            "no_concern", "notify", "score_bands", "parameters", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "description", "when", "category", "concern",
            "applies_to");

    private final List<RulebookProblem> problems = new ArrayList<>();

    private RulebookYaml() {
    }

    public static Rulebook read(String yamlText) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (YAMLException e) {
            throw new RulebookRefusedException(List.of(new RulebookProblem("Document", 0,
                    "not readable as YAML: " + e.getMessage())));
        }
        RulebookYaml reader = new RulebookYaml();
        Rulebook rulebook = null;
        try {
            rulebook = reader.rulebook(document);
        } catch (IllegalArgumentException e) {
            reader.problems.add(new RulebookProblem("Document", 0, e.getMessage()));
        }
        if (!reader.problems.isEmpty()) {
            throw new RulebookRefusedException(reader.problems);
        }
        return rulebook;
    }

    private Rulebook rulebook(Object document) {
        Map<String, Object> top = map(document);
        checkKeys("Document", top, TOP_KEYS);
        List<Category> categories = new ArrayList<>();
        for (Object item : list(top.get("categories"))) {
            Map<String, Object> category = map(item);
            checkKeys("Categories", category, Set.of("name", "severity"));
            String name = text(category.get("name"), "name");
            categories.add(new Category(name, (int) number(category.get("severity"), "severity")));
        }
        List<ScoreBand> bands = new ArrayList<>();
        for (Object item : optionalList(top.get("score_bands"))) {
            Map<String, Object> band = map(item);
            checkKeys("Score bands", band, Set.of("from", "category"));
            attempt("Score bands", () -> bands.add(new ScoreBand((int) number(band.get("from"), "from"),
                    text(band.get("category"), "category"))));
        }
        List<Parameter> parameters = new ArrayList<>();
        Object parameterMap = top.get("parameters");
        if (parameterMap != null) {
            map(parameterMap).forEach((name, value) -> attempt("Parameter $" + name,
                    () -> parameters.add(parameter(name, value))));
        }
        List<RuleDefinition> rules = new ArrayList<>();
        for (Object item : list(top.get("rules"))) {
            Map<String, Object> rule = map(item);
            String id = text(rule.get("id"), "id");
            checkKeys("Rule " + id, rule, RULE_KEYS);
            attempt("Rule " + id, () -> rules.add(rule(id, rule)));
        }
        Notification notification = Notification.none();
        if (top.get("notify") != null) {
            Map<String, Object> notify = map(top.get("notify"));
            checkKeys("Notify", notify, Set.of("responsible_bodies", "category"));
            notification = new Notification(bodies(notify.get("responsible_bodies")),
                    text(notify.get("category"), "category"));
        }
        String version = text(top.get("version"), "version");
        String author = text(top.get("author"), "author");
        String reason = text(top.get("reason"), "reason");
        LocalDate date = date(top.get("date"));
        String noConcern = text(top.get("no_concern"), "no_concern");
        if (!problems.isEmpty()) {
            return null;
        }
        return new Rulebook(version, author, reason, date, categories, noConcern, parameters, rules, bands,
                notification);
    }

    private RuleDefinition rule(String id, Map<String, Object> rule) {
        String where = "Rule " + id;
        Object category = rule.get("category");
        Object concern = rule.get("concern");
        if (category == null && concern == null) {
            throw new IllegalArgumentException("give a consequence: 'category: NAME', 'concern: {weight: N}' or "
                    + "both");
        }
        int weight = 0;
        if (concern != null) {
            Map<String, Object> weighted = map(concern);
            checkKeys(where + " concern", weighted, Set.of("weight"));
            weight = (int) number(weighted.get("weight"), "weight");
        }
        Consequence consequence = category != null
                ? new Consequence.PlaceInCategory(text(category, "category"), weight)
                : new Consequence.AddConcern(weight);
        Set<ResponsibleBody> bodies = rule.get("applies_to") == null ? EnumSet.allOf(ResponsibleBody.class)
                : bodies(rule.get("applies_to"));
        return new RuleDefinition(id, text(rule.get("description"), "description"),
                text(rule.get("when"), "when"), consequence, bodies);
    }

    /**
     * A number, or a percentile of a measure: {@code quartile: {measure, quarter: 1|4, per}} is shorthand for the
     * 25th (top of the lowest quarter) or 75th (bottom of the highest quarter) percentile.
     */
    private Parameter parameter(String name, Object value) {
        String where = "Parameter $" + name;
        if (value instanceof Number) {
            return new Parameter.Fixed(name, ((Number) value).doubleValue());
        }
        Map<String, Object> definition = map(value);
        checkKeys(where, definition, Set.of("quartile", "percentile"));
        if (definition.size() != 1) {
            throw new IllegalArgumentException("give a number, 'quartile: {...}' or 'percentile: {...}'");
        }
        if (definition.containsKey("quartile")) {
            Map<String, Object> quartile = map(definition.get("quartile"));
            checkKeys(where, quartile, Set.of("measure", "quarter", "per"));
            int quarter = (int) number(quartile.get("quarter"), "quarter");
            if (quarter != 1 && quarter != 4) {
                throw new IllegalArgumentException("quarter is 1 (the lowest quarter) or 4 (the highest), not "
                        + quarter + "; use 'percentile' for other cut-offs");
            }
            return new Parameter.Percentile(name, text(quartile.get("measure"), "measure"),
                    quarter == 1 ? 25 : 75, groupings(quartile.get("per")));
        }
        Map<String, Object> percentile = map(definition.get("percentile"));
        checkKeys(where, percentile, Set.of("measure", "at", "per"));
        return new Parameter.Percentile(name, text(percentile.get("measure"), "measure"),
                number(percentile.get("at"), "at"), groupings(percentile.get("per")));
    }

    private Set<Parameter.Grouping> groupings(Object value) {
        Set<Parameter.Grouping> groupings = EnumSet.noneOf(Parameter.Grouping.class);
        List<Object> names = value instanceof List ? castList(value) : value == null ? List.of() : List.of(value);
        for (Object name : names) {
            String word = String.valueOf(name).trim().toLowerCase(Locale.ROOT);
            if (word.equals("phase")) {
                groupings.add(Parameter.Grouping.PHASE);
            } else if (word.equals("local_authority") || word.equals("la")) {
                groupings.add(Parameter.Grouping.LOCAL_AUTHORITY);
            } else if (!word.equals("none")) {
                throw new IllegalArgumentException("'per' is phase, local_authority or none, not '" + name + "'");
            }
        }
        return groupings;
    }

    private Set<ResponsibleBody> bodies(Object value) {
        Set<ResponsibleBody> bodies = EnumSet.noneOf(ResponsibleBody.class);
        for (Object name : list(value)) {
            try {
                bodies.add(ResponsibleBody.valueOf(String.valueOf(name).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name + "' is not a responsible body ("
                        + java.util.Arrays.toString(ResponsibleBody.values()) + ")");
            }
        }
        return bodies;
    }

    private LocalDate date(Object value) {
        if (value instanceof Date) {
            return ((Date) value).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(text(value, "date"));
        } catch (DateTimeParseException e) {
            problems.add(new RulebookProblem("Document", 0, "the date is written as 2026-11-23, not " + value));
            return null;
        }
    }

    private void attempt(String where, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            problems.add(new RulebookProblem(where, 0, e.getMessage()));
        }
    }

    private void checkKeys(String where, Map<String, Object> map, Set<String> allowed) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(new RulebookProblem(where, 0, "unknown key '" + key + "' (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")"));
            }
        }
    }

    private Map<String, Object> map(Object value) {
        if (value instanceof Map) {
            Map<String, Object> map = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((key, item) -> map.put(String.valueOf(key), item));
            return map;
        }
        throw new IllegalArgumentException("expected a set of 'key: value' lines, found " + value);
    }

    private List<Object> list(Object value) {
        if (value instanceof List) {
            return castList(value);
        }
        throw new IllegalArgumentException("expected a list, found " + value);
    }

    private static List<Object> optionalList(Object value) {
        return value == null ? List.of() : castList(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("expected a list, found " + value);
        }
        return (List<Object>) value;
    }

    private String text(Object value, String key) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return String.valueOf(value).trim();
    }

    private double number(Object value, String key) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException("'" + key + "' must be a number, found " + value);
    }
}
