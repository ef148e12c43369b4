package org.schoolscope.scorecard.catalogue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.domain.Target;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the indicator catalogue a council edits: a YAML document with one entry per indicator. Every problem is
 * named with its line; unknown keys are refused rather than ignored, so a misspelt {@code taget:} cannot quietly
 * leave an indicator without its target.
 *
 * <pre>
 * indicators:
 *   - code: "7"
 *     name: Key Stage 2 reading, writing and maths at the expected standard
 *     outcome: Raising attainment and closing gaps
 *     definition: The proportion of pupils ...
 *     polarity: higher            # higher or lower is better
 *     unit: percent               # percent, score or number
 *     decimals: 0
 *     period: academic            # academic, financial or calendar year
 *     target: {type: national-average, tolerance: 1}
 *     source: {series: lait.KS2RWM_Expected_STD}   # or {computed: schools-good-or-outstanding}, or officer
 * </pre>
 *
 * Targets: {@code {type: value, value: 99, tolerance: 1}}, {@code {type: zero}}, {@code {type: national-average,
 * tolerance: 1}}, {@code {type: trend, direction: improving|increasing|reducing, periods: 3}}, {@code {type: none}}.
 */
public final class CatalogueYaml {

    private static final Set<String> TOP_KEYS = Set.of("indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of("code", "name", "outcome", "definition", "polarity",
            "unit", "decimals", "period", "target", "source");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,15}");
    private static final Pattern MEASURE = Pattern.compile("[a-z0-9]+\\.\\S.*");

    private final List<CatalogueProblem> problems = new ArrayList<>();

    private CatalogueYaml() {
    }

    /** The indicators, in the document's order; a document with any problem is refused with all of them. */
    public static List<Indicator> read(String yamlText) {
        Node document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CatalogueRefusedException(List.of(new CatalogueProblem(line,
                    "not readable as YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new CatalogueRefusedException(List.of(new CatalogueProblem(0,
                    "not readable as YAML: " + e.getMessage())));
        }
        CatalogueYaml reader = new CatalogueYaml();
        List<Indicator> indicators = reader.catalogue(document);
        if (!reader.problems.isEmpty()) {
            throw new CatalogueRefusedException(reader.problems);
        }
        return indicators;
    }

    private List<Indicator> catalogue(Node document) {
        List<Indicator> indicators = new ArrayList<>();
        if (document == null) {
            problems.add(new CatalogueProblem(0, "the document is empty: list the indicators under 'indicators:'"));
            return indicators;
        }
        Map<String, NodeTuple> top = mapping(document, TOP_KEYS);
        if (top == null) {
            return indicators;
        }
        NodeTuple list = top.get("indicators");
        if (list == null) {
            problems.add(new CatalogueProblem(line(document), "list the indicators under 'indicators:'"));
            return indicators;
        }
        if (!(list.getValueNode() instanceof SequenceNode sequence)) {
            problems.add(new CatalogueProblem(line(list.getValueNode()), "'indicators' is a list of indicators,"
                    + " each starting with '- code:'"));
            return indicators;
        }
        Set<String> codes = new HashSet<>();
        for (Node item : sequence.getValue()) {
            Indicator indicator = indicator(item);
            if (indicator != null && !codes.add(indicator.code().toLowerCase(Locale.ROOT))) {
                problems.add(new CatalogueProblem(line(item), "the code '" + indicator.code()
                        + "' is given to two indicators"));
            } else if (indicator != null) {
                indicators.add(indicator);
            }
        }
        if (indicators.isEmpty() && problems.isEmpty()) {
            problems.add(new CatalogueProblem(line(list.getValueNode()), "the catalogue lists no indicator"));
        }
        return indicators;
    }

    private Indicator indicator(Node node) {
        Map<String, NodeTuple> keys = mapping(node, INDICATOR_KEYS);
        if (keys == null) {
            return null;
        }
        int before = problems.size();
        String code = text(keys, "code", node, true);
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(new CatalogueProblem(line(keys.get("code").getValueNode()), "the code '" + code
                    + "' is letters, digits and hyphens, up to 16 (it is part of the indicator page's address)"));
        }
        String name = text(keys, "name", node, true);
        String outcome = text(keys, "outcome", node, false);
        String definition = text(keys, "definition", node, false);
        Indicator.Polarity polarity = choice(keys, "polarity", node, Map.of("higher", Indicator.Polarity.HIGHER,
                "lower", Indicator.Polarity.LOWER));
        Indicator.Unit unit = choice(keys, "unit", node, Map.of("percent", Indicator.Unit.PERCENT, "score",
                Indicator.Unit.SCORE, "number", Indicator.Unit.NUMBER));
        Indicator.PeriodType period = choice(keys, "period", node, Map.of("academic", Indicator.PeriodType.ACADEMIC,
                "financial", Indicator.PeriodType.FINANCIAL, "calendar", Indicator.PeriodType.CALENDAR));
        Integer decimals = 0;
        if (keys.containsKey("decimals")) {
            BigDecimal number = number(keys.get("decimals").getValueNode(), "decimals");
            if (number != null) {
                if (number.scale() > 0 || number.intValue() < 0 || number.intValue() > 4) {
                    problems.add(new CatalogueProblem(line(keys.get("decimals").getValueNode()),
                            "decimals is a whole number from 0 to 4, not " + number.toPlainString()));
                } else {
                    decimals = number.intValue();
                }
            }
        }
        Target target = target(keys, node);
        Indicator.Source source = source(keys, node);
        if (problems.size() > before) {
            return null;
        }
        return new Indicator(code, name, outcome, definition, polarity, unit, decimals, period, target, source);
    }

    private Target target(Map<String, NodeTuple> keys, Node indicator) {
        NodeTuple tuple = keys.get("target");
        if (tuple == null) {
            problems.add(new CatalogueProblem(line(indicator), "give the indicator a 'target:' ({type: none} when"
                    + " it is still to be set)"));
            return null;
        }
        Node node = tuple.getValueNode();
        Map<String, NodeTuple> target = mapping(node, Set.of("type", "value", "tolerance", "direction", "periods"));
        if (target == null) {
            return null;
        }
        String type = text(target, "type", node, true);
        if (type == null) {
            return null;
        }
        Set<String> allowed = switch (type) {
            case "value" -> Set.of("type", "value", "tolerance");
            case "zero", "national-average" -> Set.of("type", "tolerance");
            case "trend" -> Set.of("type", "direction", "periods");
            case "none" -> Set.of("type");
            default -> null;
        };
        if (allowed == null) {
            problems.add(new CatalogueProblem(line(target.get("type").getValueNode()), "the target type '" + type
                    + "' is not one of value, zero, national-average, trend, none"));
            return null;
        }
        for (Map.Entry<String, NodeTuple> key : target.entrySet()) {
            if (!allowed.contains(key.getKey())) {
                problems.add(new CatalogueProblem(line(key.getValue().getKeyNode()), "a target of type '" + type
                        + "' takes no '" + key.getKey() + "' (it takes " + String.join(", ", new TreeSet<>(allowed))
                        + ")"));
                return null;
            }
        }
        BigDecimal tolerance = target.containsKey("tolerance")
                ? number(target.get("tolerance").getValueNode(), "tolerance") : BigDecimal.ZERO;
        if (tolerance != null && tolerance.signum() < 0) {
            problems.add(new CatalogueProblem(line(target.get("tolerance").getValueNode()),
                    "a tolerance is not negative"));
            return null;
        }
        try {
            switch (type) {
                case "value": {
                    if (!target.containsKey("value")) {
                        problems.add(new CatalogueProblem(line(node), "a target of type 'value' gives its 'value'"));
                        return null;
                    }
                    BigDecimal value = number(target.get("value").getValueNode(), "value");
                    return value == null || tolerance == null ? null : new Target.Value(value, tolerance);
                }
                case "zero":
                    return tolerance == null ? null : new Target.Zero(tolerance);
                case "national-average":
                    return tolerance == null ? null : new Target.NationalAverage(tolerance);
                case "trend": {
                    Target.Direction direction = choice(target, "direction", node, Map.of("improving",
                            Target.Direction.IMPROVING, "increasing", Target.Direction.INCREASING, "reducing",
                            Target.Direction.REDUCING));
                    BigDecimal periods = target.containsKey("periods")
                            ? number(target.get("periods").getValueNode(), "periods") : BigDecimal.valueOf(3);
                    if (direction == null || periods == null) {
                        return null;
                    }
                    if (periods.scale() > 0 || periods.intValue() < 2 || periods.intValue() > 20) {
                        problems.add(new CatalogueProblem(line(target.get("periods").getValueNode()),
                                "a trend is seen over 2 to 20 periods, not " + periods.toPlainString()));
                        return null;
                    }
                    return new Target.Trend(direction, periods.intValue());
                }
                default:
                    return new Target.None();
            }
        } catch (IllegalArgumentException e) {
            problems.add(new CatalogueProblem(line(node), e.getMessage()));
            return null;
        }
    }

    private Indicator.Source source(Map<String, NodeTuple> keys, Node indicator) {
        NodeTuple tuple = keys.get("source");
        if (tuple == null) {
            problems.add(new CatalogueProblem(line(indicator), "give the indicator a 'source:' ({series: MEASURE},"
                    + " {computed: COMPUTATION} or officer)"));
            return null;
        }
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode scalar) {
            if (scalar.getValue().trim().equals("officer")) {
                return new Indicator.Source.Officer();
            }
            problems.add(new CatalogueProblem(line(node), "the source is {series: MEASURE}, {computed: COMPUTATION} or officer, not '"
                    + scalar.getValue() + "'"));
            return null;
        }
        Map<String, NodeTuple> source = mapping(node, Set.of("series", "computed"));
        if (source == null) {
            return null;
        }
        if (source.containsKey("computed")) {
            return computed(source, node);
        }
        String measure = text(source, "series", node, true);
        if (measure == null) {
            return null;
        }
        if (!MEASURE.matcher(measure).matches()) {
            problems.add(new CatalogueProblem(line(source.get("series").getValueNode()), "'" + measure
                    + "' is not a measure's code (its source, a dot and its name, e.g. lait.KS2RWM_Expected_STD)"));
            return null;
        }
        return new Indicator.Source.Series(measure);
    }

    private Indicator.Source computed(Map<String, NodeTuple> source, Node node) {
        if (source.containsKey("series")) {
            problems.add(new CatalogueProblem(line(node), "a source is a published series or computed, not both"));
            return null;
        }
        String key = text(source, "computed", node, true);
        if (key == null) {
            return null;
        }
        Indicator.Computation computation = Indicator.Computation.ofKey(key);
        if (computation == null) {
            problems.add(new CatalogueProblem(line(source.get("computed").getValueNode()), "'" + key
                    + "' is not a computation Schoolscope knows (" + java.util.Arrays.stream(
                            Indicator.Computation.values()).map(Indicator.Computation::key)
                            .collect(java.util.stream.Collectors.joining(" or ")) + ")"));
            return null;
        }
        return new Indicator.Source.Computed(computation);
    }

    private Map<String, NodeTuple> mapping(Node node, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new CatalogueProblem(line(node), "expected a set of 'key: value' lines"));
            return null;
        }
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(
                    tuple.getKeyNode());
            if (!allowed.contains(key)) {
                problems.add(new CatalogueProblem(line(tuple.getKeyNode()), "unknown key '" + key
                        + "' (expected one of " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            } else if (keys.put(key, tuple) != null) {
                problems.add(new CatalogueProblem(line(tuple.getKeyNode()), "'" + key + "' is given twice"));
            }
        }
        return keys;
    }

    private String text(Map<String, NodeTuple> keys, String key, Node owner, boolean required) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(new CatalogueProblem(line(owner), "'" + key + "' is missing"));
            }
            return null;
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(new CatalogueProblem(line(tuple.getValueNode()), "'" + key + "' is a text"));
            return null;
        }
        return scalar.getValue().trim();
    }

    private <T> T choice(Map<String, NodeTuple> keys, String key, Node owner, Map<String, T> choices) {
        String word = text(keys, key, owner, true);
        if (word == null) {
            return null;
        }
        T chosen = choices.get(word.toLowerCase(Locale.ROOT));
        if (chosen == null) {
            problems.add(new CatalogueProblem(line(keys.get(key).getValueNode()), "'" + key + "' is one of "
                    + String.join(", ", new TreeSet<>(choices.keySet())) + ", not '" + word + "'"));
        }
        return chosen;
    }

    private BigDecimal number(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            try {
                return new BigDecimal(scalar.getValue().trim());
            } catch (NumberFormatException e) {
                // named below
            }
        }
        problems.add(new CatalogueProblem(line(node), "'" + key + "' is a number"));
        return null;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
