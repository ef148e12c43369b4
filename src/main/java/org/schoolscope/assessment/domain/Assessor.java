package org.schoolscope.assessment.domain;

import java.util.List;

/**
 * Assesses schools against a compiled rulebook, explaining every decision. Pure: the same rulebook, schools and
 * national figures give the same assessment. For many runs over the same schools (what-if), lay the facts out once
 * with {@link FactTable#of} and use {@link Evaluation} directly.
 */
public final class Assessor {

    private Assessor() {
    }

    public static Assessment assess(CompiledRulebook rulebook, List<SchoolFactSheet> schools,
            NationalFigures national) {
        return assess(rulebook, FactTable.of(rulebook.facts(), schools), national);
    }

    public static Assessment assess(CompiledRulebook rulebook, FactTable table, NationalFigures national) {
        return Evaluation.run(rulebook, table, national).assessment();
    }
}
