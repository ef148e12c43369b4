package org.schoolscope.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every GET route the application maps, discovered from its request mappings rather than listed by hand, so a walk
 * over them covers a page added later. A mapping whose variable other than the school is declared one rule per value
 * (an improvement step's {@code {step}}) is taken once per declared value.
 */
public final class MappedRoutes {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /**
     * Values for variables a walk does not set itself: a real academic year and term, the sample's council (LA 330) and
     * an id for a full audit, so a route answers its own way rather than the walk asking for a path with a brace in it.
     */
    private static final Map<String, String> SAMPLE_VALUES = Map.of("year", "2024-25", "term", "autumn", "la", "330",
            "auditId", "1", "measure", "ks2-reading-writing-maths");

    private MappedRoutes() {
    }

    /** The patterns of every GET route, with declared values for variables other than the school's. */
    public static Set<String> getPatterns(RequestMappingHandlerMapping mappings, List<RouteRules> rules) {
        Set<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                patterns.addAll(declared(pattern, rules));
            }
        }
        return patterns;
    }

    /**
     * The pattern with each {@code {name}} replaced by its value, or by a sample value (an academic year, a term); a
     * variable with neither stays as it is.
     */
    public static String concrete(String pattern, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path,
                    Matcher.quoteReplacement(values.getOrDefault(matcher.group(1),
                            SAMPLE_VALUES.getOrDefault(matcher.group(1), matcher.group()))));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** What a walk fills in itself (the school, an id, a version) or from {@link #SAMPLE_VALUES}. */
    private static final Map<String, String> FILLED = Map.of("urn", "100000", "id", "1", "n", "1");

    private static List<String> declared(String pattern, List<RouteRules> rules) {
        // Only a variable no walk fills (a step's {step}) is taken once per declared value: a case's step page
        // (/casework/cases/{id}/{step}) names the case by id as well, so ids are filled before matching.
        if (!concrete(pattern, FILLED).contains("{")) {
            return List.of(pattern);
        }
        PathPattern mapped = PathPatternParser.defaultInstance.parse(pattern);
        List<String> declared = rules.stream().flatMap(source -> source.routeRules().stream())
                .filter(rule -> rule.method() == null || rule.method().equals("GET")).map(RouteRule::pattern)
                .filter(rule -> !rule.equals(pattern) && !concrete(rule, FILLED).contains("{"))
                .filter(rule -> mapped.matches(PathContainer.parsePath(concrete(rule, FILLED))))
                .distinct().toList();
        return declared.isEmpty() ? List.of(pattern) : declared;
    }
}
