package org.schoolscope.assessment.rulebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schoolscope.assessment.domain.Parameter;
import org.schoolscope.assessment.domain.Rulebook;

/**
 * Changes a rulebook's thresholds in its YAML text, line by line, so the council's comments and layout survive: a
 * fixed number is written as the new number, a quartile or percentile as a percentile at the new cut-off of the same
 * measure and grouping. A threshold written over several lines cannot be changed this way and is refused, naming it.
 */
public final class ThresholdEditor {

    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*\\s*:.*$");

    private ThresholdEditor() {
    }

    /** One threshold as a form shows it: its name, the number to edit, and for a percentile its measure. */
    public record Threshold(String name, double value, String measure) {

        public boolean percentile() {
            return measure != null;
        }

        public String valueText() {
            return format(value);
        }
    }

    public static List<Threshold> thresholds(Rulebook rulebook) {
        List<Threshold> thresholds = new ArrayList<>();
        for (Parameter parameter : rulebook.parameters()) {
            if (parameter instanceof Parameter.Fixed) {
                thresholds.add(new Threshold(parameter.name(), ((Parameter.Fixed) parameter).value(), null));
            } else {
                Parameter.Percentile percentile = (Parameter.Percentile) parameter;
                thresholds.add(new Threshold(parameter.name(), percentile.percentile(), percentile.measure()));
            }
        }
        return thresholds;
    }

    /**
     * The YAML with each named threshold set to its new value; thresholds not named, or given their present value,
     * are left as written.
     */
    public static String apply(String yaml, Map<String, Double> values) {
        Rulebook rulebook = RulebookYaml.read(yaml);
        List<String> lines = new ArrayList<>(List.of(yaml.replace("\r\n", "\n").split("\n", -1)));
        for (Parameter parameter : rulebook.parameters()) {
            Double value = values.get(parameter.name());
            if (value == null || value.isNaN() || value == current(parameter)) {
                continue;
            }
            int line = lineOf(lines, parameter.name());
            Matcher matcher = Pattern.compile("^(\\s+)" + Pattern.quote(parameter.name()) + "\\s*:\\s*(.*)$")
                    .matcher(lines.get(line));
            if (!matcher.matches() || matcher.group(2).isBlank() || matcher.group(2).startsWith("#")) {
                throw new IllegalArgumentException("The threshold $" + parameter.name()
                        + " is written over several lines; change it in the rulebook's text instead");
            }
            lines.set(line, matcher.group(1) + parameter.name() + ": " + written(parameter, value));
        }
        return String.join("\n", lines);
    }

    private static double current(Parameter parameter) {
        return parameter instanceof Parameter.Fixed ? ((Parameter.Fixed) parameter).value()
                : ((Parameter.Percentile) parameter).percentile();
    }

    private static String written(Parameter parameter, double value) {
        if (parameter instanceof Parameter.Fixed) {
            return format(value);
        }
        Parameter.Percentile percentile = (Parameter.Percentile) parameter;
        String per = percentile.groupedBy().isEmpty() ? ""
                : ", per: [" + percentile.groupedBy().stream().sorted()
                        .map(grouping -> grouping.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", ")) + "]";
        return "{percentile: {measure: " + percentile.measure() + ", at: " + format(value) + per + "}}";
    }

    /** The line defining the parameter inside the top-level {@code parameters:} block. */
    private static int lineOf(List<String> lines, String name) {
        Pattern definition = Pattern.compile("^\\s+" + Pattern.quote(name) + "\\s*:.*$");
        boolean inParameters = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (TOP_LEVEL_KEY.matcher(line).matches()) {
                inParameters = line.startsWith("parameters");
            } else if (inParameters && definition.matcher(line).matches()) {
                return index;
            }
        }
        throw new IllegalArgumentException("The threshold $" + name
                + " is not written as a line of its own under 'parameters:'; change it in the rulebook's text instead");
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
