package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final List<SchoolFactSheet> COUNCIL = List.of(
            SchoolFixture.maintained(900001).figure("ks2.rwm_expected", 45).build(),
            SchoolFixture.maintained(900002).figure("ks2.rwm_expected", 55).build(),
            SchoolFixture.academy(900003).figure("ks2.rwm_expected", 35).overallEffectiveness("Inadequate").build(),
            SchoolFixture.maintained(900004).build());

    private static CompiledRulebook withThreshold(double threshold) {
        return RulebookFixture.rulebook()
                .parameter(new Parameter.Fixed("threshold", threshold))
                .parameter(new Parameter.Percentile("quartile", "ks2.rwm_expected", 25, Set.of()))
                .placing("inadequate", "ofsted.overall_effectiveness == 'Inadequate'", RulebookFixture.OFSTED)
                .concern("low", "ks2.rwm_expected < $threshold", 3)
                .concern("quartile", "ks2.rwm_expected <= $quartile", 1)
                .band(3, RulebookFixture.VULNERABLE).compile();
    }

    @Test
    void shouldRecomputeAChangedThresholdWhenTheSameSchoolsAreAssessedAgain() {
        FactTable table = FactTable.of(RulebookFixture.FACTS, COUNCIL);

        List<Decision> strict = Evaluation.run(withThreshold(40), table, NationalFigures.none()).decisions();
        List<Decision> lenient = Evaluation.run(withThreshold(50), table, NationalFigures.none()).decisions();

        assertThat(strict.get(0).category()).isEqualTo(RulebookFixture.NO_CONCERN);
        assertThat(lenient.get(0).category()).isEqualTo(RulebookFixture.VULNERABLE);
        assertThat(lenient.get(0).firedRuleIds()).containsExactly("low");
    }

    @Test
    void shouldDecideExactlyAsTheFullExplanationDoes() {
        Evaluation evaluation = Evaluation.run(withThreshold(50), FactTable.of(RulebookFixture.FACTS, COUNCIL),
                NationalFigures.none());

        for (int school = 0; school < evaluation.size(); school++) {
            Decision decision = evaluation.decision(school);
            SchoolAssessment explained = evaluation.explain(school);
            assertThat(explained.category()).isEqualTo(decision.category());
            assertThat(explained.assessedCategory()).isEqualTo(decision.assessedCategory());
            assertThat(explained.score()).isEqualTo(decision.score());
            assertThat(explained.firedRules()).extracting(FiredRule::ruleId)
                    .containsExactlyElementsOf(decision.firedRuleIds());
        }
        assertThat(evaluation.decision(2).category()).isEqualTo(RulebookFixture.NOTIFY);
        assertThat(evaluation.decision(2).firedRuleIds()).containsExactly("inadequate", "low", "quartile");
    }
}
