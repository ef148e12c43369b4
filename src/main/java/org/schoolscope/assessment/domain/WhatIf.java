package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.shared.Urn;

/**
 * What a draft rulebook would change, before it is saved: both rulebooks run over the same table of facts, every
 * school's decision compared, and only the schools that change category explained (with the rules that fire
 * differently and their figures). Pure and in memory: nothing is stored.
 */
public final class WhatIf {

    private WhatIf() {
    }

    public static List<WhatIfChange> compare(CompiledRulebook current, CompiledRulebook draft, FactTable table,
            NationalFigures national) {
        Evaluation before = Evaluation.run(current, table, national);
        Evaluation after = Evaluation.run(draft, table, national);
        List<Decision> decisionsBefore = before.decisions();
        List<Decision> decisionsAfter = after.decisions();
        RunComparison comparison = RunComparison.compare(
                decisionsBefore.stream().map(SchoolOutcome::of).toList(), current.rulebook().defaultCategory(),
                decisionsAfter.stream().map(SchoolOutcome::of).toList(), draft.rulebook().defaultCategory());
        Map<Urn, Integer> rows = new HashMap<>();
        for (int school = 0; school < table.size(); school++) {
            rows.put(table.urn(school), school);
        }
        List<WhatIfChange> changes = new ArrayList<>();
        for (CategoryChange change : comparison.changes()) {
            int school = rows.get(change.urn());
            SchoolAssessment old = before.explain(school);
            SchoolAssessment now = after.explain(school);
            changes.add(new WhatIfChange(change, old.score(), now.score(),
                    only(old.firedRules(), change.firedOnlyBefore()), only(now.firedRules(), change.firedOnlyAfter())));
        }
        return changes;
    }

    private static List<FiredRule> only(List<FiredRule> fired, List<String> ids) {
        return fired.stream().filter(rule -> ids.contains(rule.ruleId())).toList();
    }
}
