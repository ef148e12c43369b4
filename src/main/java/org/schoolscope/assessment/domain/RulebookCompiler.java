package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a rulebook as written into one that can run, or refuses it with every problem found: conditions that do not
 * parse, unknown facts, measures or parameters, categories that do not exist, duplicated ids.
 */
public final class RulebookCompiler {

    private RulebookCompiler() {
    }

    public static CompiledRulebook compile(Rulebook rulebook, FactCatalogue facts) {
        List<RulebookProblem> problems = new ArrayList<>();
        Set<String> categoryNames = checkCategories(rulebook, problems);
        Map<String, Parameter> parameters = checkParameters(rulebook, facts, problems);
        ConditionChecker checker = new ConditionChecker(facts, parameters);
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleDefinition rule : rulebook.rules()) {
            if (!ids.add(rule.id())) {
                problems.add(new RulebookProblem("Rule " + rule.id(), 0, "another rule has the same id"));
            }
            if (rule.consequence() instanceof Consequence.PlaceInCategory) {
                String category = ((Consequence.PlaceInCategory) rule.consequence()).category();
                if (!categoryNames.contains(category)) {
                    problems.add(new RulebookProblem("Rule " + rule.id(), 0,
                            "places schools in '" + category + "', which is not one of the rulebook's categories"));
                }
            }
            try {
                Expression condition = ExpressionParser.parse(rule.condition());
                checker.check(condition);
                compiled.add(new CompiledRule(rule, condition));
            } catch (ExpressionSyntaxException e) {
                problems.add(new RulebookProblem("Rule " + rule.id(), e.position(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulebookRefusedException(problems);
        }
        return new CompiledRulebook(rulebook, compiled, facts);
    }

    private static Set<String> checkCategories(Rulebook rulebook, List<RulebookProblem> problems) {
        Set<String> names = new HashSet<>();
        Set<Integer> severities = new HashSet<>();
        for (Category category : rulebook.categories()) {
            if (!names.add(category.name())) {
                problems.add(new RulebookProblem("Categories", 0, "'" + category.name() + "' is listed twice"));
            }
            if (!severities.add(category.severity())) {
                problems.add(new RulebookProblem("Categories", 0, "'" + category.name()
                        + "' shares severity " + category.severity() + " with another category, so neither wins"));
            }
        }
        if (!names.contains(rulebook.defaultCategory())) {
            problems.add(new RulebookProblem("Categories", 0,
                    "the category for schools of no concern, '" + rulebook.defaultCategory() + "', is not listed"));
        }
        for (ScoreBand band : rulebook.scoreBands()) {
            if (!names.contains(band.category())) {
                problems.add(new RulebookProblem("Score bands", 0,
                        "'" + band.category() + "' is not one of the rulebook's categories"));
            }
        }
        Notification notification = rulebook.notification();
        if (!notification.responsibleBodies().isEmpty() && notification.category().isBlank()) {
            problems.add(new RulebookProblem("Notification", 0, "the notification needs a category name"));
        }
        return names;
    }

    private static Map<String, Parameter> checkParameters(Rulebook rulebook, FactCatalogue facts,
            List<RulebookProblem> problems) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter parameter : rulebook.parameters()) {
            if (byName.put(parameter.name(), parameter) != null) {
                problems.add(new RulebookProblem("Parameter $" + parameter.name(), 0, "defined twice"));
            }
            if (parameter instanceof Parameter.Percentile) {
                String measure = ((Parameter.Percentile) parameter).measure();
                boolean known = facts.find(measure).map(FactDefinition::measure).orElse(false);
                if (!known) {
                    problems.add(new RulebookProblem("Parameter $" + parameter.name(), 0,
                            "unknown measure '" + measure + "'"));
                }
            }
        }
        return byName;
    }
}
