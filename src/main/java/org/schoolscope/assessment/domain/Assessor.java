package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a compiled rulebook over a table of schools. Every rule is compiled once into an evaluator over the columns
 * and run down the whole table; evidence and explanations are written only for the rules that fired or could not be
 * checked. Pure: the same rulebook, schools and national figures give the same assessment.
 */
public final class Assessor {

    private Assessor() {
    }

    public static Assessment assess(CompiledRulebook rulebook, List<SchoolFactSheet> schools,
            NationalFigures national) {
        return assess(rulebook, FactTable.of(rulebook.facts(), schools), national);
    }

    public static Assessment assess(CompiledRulebook rulebook, FactTable table, NationalFigures national) {
        Map<String, ParameterValues.Column> parameters = ParameterValues.compute(rulebook.rulebook().parameters(),
                table);
        EvaluatorBuilder evaluators = new EvaluatorBuilder(new Bindings(table, parameters, national));
        List<CompiledRule> rules = rulebook.rules();
        int[][] outcomes = new int[rules.size()][];
        for (int rule = 0; rule < rules.size(); rule++) {
            outcomes[rule] = run(rules.get(rule), evaluators.test(rules.get(rule).condition()), table);
        }
        EvidenceCollector collector = new EvidenceCollector(evaluators, rulebook.facts());
        List<SchoolAssessment> results = new ArrayList<>(table.size());
        for (int school = 0; school < table.size(); school++) {
            results.add(school(rulebook, outcomes, collector, table, school));
        }
        return new Assessment(rulebook.rulebook().version(), results);
    }

    private static int[] run(CompiledRule rule, EvaluatorBuilder.Test test, FactTable table) {
        int[] outcome = new int[table.size()];
        for (int school = 0; school < table.size(); school++) {
            outcome[school] = rule.definition().appliesTo().contains(table.responsibleBody(school))
                    ? test.test(school) : Truth.FALSE;
        }
        return outcome;
    }

    private static SchoolAssessment school(CompiledRulebook rulebook, int[][] outcomes, EvidenceCollector collector,
            FactTable table, int school) {
        List<FiredRule> fired = new ArrayList<>();
        List<UncheckedRule> unchecked = new ArrayList<>();
        for (int index = 0; index < outcomes.length; index++) {
            CompiledRule rule = rulebook.rules().get(index);
            RuleDefinition definition = rule.definition();
            if (outcomes[index][school] == Truth.TRUE) {
                List<Evidence> evidence = collector.evidence(rule.condition(), school);
                fired.add(new FiredRule(definition.id(), definition.description(), definition.consequence(),
                        evidence, ExplanationWriter.fired(definition.description(), evidence)));
            } else if (outcomes[index][school] == Truth.UNKNOWN) {
                List<String> missing = collector.notAvailable(rule.condition(), school);
                unchecked.add(new UncheckedRule(definition.id(), definition.description(), missing,
                        ExplanationWriter.unchecked(definition.id(), definition.description(), missing)));
            }
        }
        int score = CategoryDecision.score(fired);
        Category assessed = CategoryDecision.decide(rulebook, fired, score);
        Notification notification = rulebook.rulebook().notification();
        String placed = assessed.equals(rulebook.defaultCategory())
                || !notification.covers(table.responsibleBody(school)) ? assessed.name() : notification.category();
        return new SchoolAssessment(table.urn(school), table.responsibleBody(school), placed, assessed.name(), score,
                fired, unchecked);
    }
}
