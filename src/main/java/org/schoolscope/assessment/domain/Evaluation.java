package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schoolscope.register.ResponsibleBody;

/**
 * One rulebook run over one table of schools. Every rule is compiled once into an evaluator over the columns and run
 * down the whole table when the evaluation is made; decisions are then cheap, and evidence with its explanation is
 * written only when asked for, so a what-if over all of England explains only the schools that move.
 */
public final class Evaluation {

    private final CompiledRulebook rulebook;
    private final FactTable table;
    private final int[][] outcomes;
    private final EvidenceCollector collector;
    private final List<Consequence> consequences;
    private final List<String> ruleIds;

    private Evaluation(CompiledRulebook rulebook, FactTable table, int[][] outcomes, EvidenceCollector collector) {
        this.rulebook = rulebook;
        this.table = table;
        this.outcomes = outcomes;
        this.collector = collector;
        this.consequences = rulebook.rules().stream().map(rule -> rule.definition().consequence()).toList();
        this.ruleIds = rulebook.rules().stream().map(CompiledRule::id).toList();
    }

    public static Evaluation run(CompiledRulebook rulebook, FactTable table, NationalFigures national) {
        Map<String, ParameterValues.Column> parameters = ParameterValues.compute(rulebook.rulebook().parameters(),
                table);
        EvaluatorBuilder evaluators = new EvaluatorBuilder(new Bindings(table, parameters, national));
        List<CompiledRule> rules = rulebook.rules();
        int[][] outcomes = new int[rules.size()][];
        for (int rule = 0; rule < rules.size(); rule++) {
            outcomes[rule] = outcomes(rules.get(rule), evaluators.test(rules.get(rule).condition()), table);
        }
        return new Evaluation(rulebook, table, outcomes, new EvidenceCollector(evaluators, rulebook.facts()));
    }

    private static int[] outcomes(CompiledRule rule, EvaluatorBuilder.Test test, FactTable table) {
        boolean[] applies = new boolean[ResponsibleBody.values().length];
        rule.definition().appliesTo().forEach(body -> applies[body.ordinal()] = true);
        int[] outcome = new int[table.size()];
        for (int school = 0; school < table.size(); school++) {
            outcome[school] = applies[table.responsibleBodyOrdinal(school)] ? test.test(school) : Truth.FALSE;
        }
        return outcome;
    }

    public int size() {
        return table.size();
    }

    public Decision decision(int school) {
        List<String> fired = new ArrayList<>(4);
        List<Consequence> firedConsequences = new ArrayList<>(4);
        for (int index = 0; index < outcomes.length; index++) {
            if (outcomes[index][school] == Truth.TRUE) {
                fired.add(ruleIds.get(index));
                firedConsequences.add(consequences.get(index));
            }
        }
        int score = CategoryDecision.score(firedConsequences);
        Category assessed = CategoryDecision.decide(rulebook, firedConsequences, score);
        return new Decision(table.urn(school), table.responsibleBody(school),
                CategoryDecision.placement(rulebook, assessed, table.school(school)), assessed.name(), score, fired);
    }

    public List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>(table.size());
        for (int school = 0; school < table.size(); school++) {
            decisions.add(decision(school));
        }
        return decisions;
    }

    /** The school's decision with every fired rule's evidence and explanation, and every rule it could not check. */
    public SchoolAssessment explain(int school) {
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
        Decision decision = decision(school);
        return new SchoolAssessment(decision.urn(), decision.responsibleBody(), decision.category(),
                decision.assessedCategory(), decision.score(), fired, unchecked);
    }

    public Assessment assessment() {
        List<SchoolAssessment> schools = new ArrayList<>(table.size());
        for (int school = 0; school < table.size(); school++) {
            schools.add(explain(school));
        }
        return new Assessment(rulebook.rulebook().version(), schools);
    }
}
