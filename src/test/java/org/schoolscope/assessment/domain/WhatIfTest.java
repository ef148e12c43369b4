package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Urn;

class WhatIfTest {

    private static final List<SchoolFactSheet> COUNCIL = List.of(
            SchoolFixture.maintained(900001).figure("ks2.rwm_expected", 45).build(),
            SchoolFixture.maintained(900002).figure("ks2.rwm_expected", 55).build(),
            SchoolFixture.maintained(900003).figure("ks2.rwm_expected", 35).build(),
            SchoolFixture.maintained(900004).build());

    private static CompiledRulebook withThreshold(double threshold) {
        return RulebookFixture.rulebook()
                .parameter(new Parameter.Fixed("threshold", threshold))
                .concern("low", "ks2.rwm_expected < $threshold", 3)
                .band(3, RulebookFixture.VULNERABLE).compile();
    }

    @Test
    void shouldExplainOnlyTheSchoolsARaisedThresholdMovesOntoTheList() {
        FactTable table = FactTable.of(RulebookFixture.FACTS, COUNCIL);

        List<WhatIfChange> changes = WhatIf.compare(withThreshold(40), withThreshold(50), table,
                NationalFigures.none());

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.change().urn()).isEqualTo(new Urn(900001));
            assertThat(change.change().movement()).isEqualTo(CategoryChange.Movement.MOVED_IN);
            assertThat(change.change().categoryBefore()).isEqualTo(RulebookFixture.NO_CONCERN);
            assertThat(change.change().categoryAfter()).isEqualTo(RulebookFixture.VULNERABLE);
            assertThat(change.scoreBefore()).isZero();
            assertThat(change.scoreAfter()).isEqualTo(3);
            assertThat(change.firedOnlyBefore()).isEmpty();
            assertThat(change.firedOnlyAfter()).singleElement().satisfies(rule -> {
                assertThat(rule.ruleId()).isEqualTo("low");
                assertThat(rule.explanation()).contains("45").contains("50");
            });
        });
    }

    @Test
    void shouldMoveSchoolsOffTheListWhenTheThresholdIsLowered() {
        FactTable table = FactTable.of(RulebookFixture.FACTS, COUNCIL);

        List<WhatIfChange> changes = WhatIf.compare(withThreshold(50), withThreshold(40), table,
                NationalFigures.none());

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.change().movement()).isEqualTo(CategoryChange.Movement.MOVED_OUT);
            assertThat(change.firedOnlyBefore()).extracting(FiredRule::ruleId).containsExactly("low");
        });
    }

    @Test
    void shouldFindNoChangeForTheSameRulebook() {
        FactTable table = FactTable.of(RulebookFixture.FACTS, COUNCIL);

        assertThat(WhatIf.compare(withThreshold(50), withThreshold(50), table, NationalFigures.none())).isEmpty();
    }
}
