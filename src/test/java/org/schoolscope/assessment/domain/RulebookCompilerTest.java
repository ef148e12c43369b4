package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RulebookCompilerTest {

    private static RulebookRefusedException refusal(RulebookFixture rulebook) {
        try {
            rulebook.compile();
        } catch (RulebookRefusedException e) {
            return e;
        }
        throw new AssertionError("the rulebook was accepted");
    }

    @Test
    void shouldRefuseAnUnknownMeasureNamingTheRulePositionAndName() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .concern("low-attainment", "ks2.rwm_expected < 60 or ks2.rwm_expectd < 50", 1));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("Rule low-attainment");
            assertThat(problem.position()).isEqualTo(26);
            assertThat(problem.message()).contains("unknown fact or measure 'ks2.rwm_expectd'");
        });
        assertThat(refused.getMessage()).contains("Rule low-attainment, position 26");
    }

    @Test
    void shouldRefuseAnUnknownParameter() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .concern("low", "ks2.rwm_expected < $lowest_quartile", 1));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(20);
            assertThat(problem.message()).contains("unknown parameter '$lowest_quartile'");
        });
    }

    @Test
    void shouldRefuseANationalFigureForSomethingThatIsNotAMeasure() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .concern("due", "ofsted.months_since_graded > england(ofsted.months_since_graded)", 1));

        assertThat(refused.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("is not a measure"));
    }

    @Test
    void shouldRefuseAMisspeltJudgement() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .placing("inadequate", "ofsted.overall_effectiveness == 'Inadequat'", RulebookFixture.OFSTED));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(33);
            assertThat(problem.message()).contains("'Inadequat' is not a value").contains("Requires improvement");
        });
    }

    @Test
    void shouldRefuseOrderingJudgementWords() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .placing("below-good", "ofsted.overall_effectiveness > 'Good'", RulebookFixture.OFSTED));

        assertThat(refused.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("compares numbers"));
    }

    @Test
    void shouldRefuseAConditionThatIsNotAQuestion() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .concern("sum", "ks2.rwm_expected + 5", 1));

        assertThat(refused.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("yes-or-no question"));
    }

    @Test
    void shouldRefuseComparingAFlag() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .placing("crisis", "soft.leadership_crisis == 1", RulebookFixture.CRISIS));

        assertThat(refused.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("used on its own"));
    }

    @Test
    void shouldRefuseAConditionThatDoesNotParseWithThePosition() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .concern("broken", "ks2.rwm_expected < (50", 1));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("Rule broken");
            assertThat(problem.position()).isEqualTo(23);
        });
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .concern("one", "nonsense.fact < 1", 1)
                .concern("two", "ks2.rwm_expected <", 1)
                .placing("three", "soft.leadership_crisis", "Red")
                .parameter(new Parameter.Percentile("q", "ks2.unknown", 25, Set.of())));

        assertThat(refused.problems()).extracting(RulebookProblem::where)
                .containsExactlyInAnyOrder("Rule one", "Rule two", "Rule three", "Parameter $q");
        assertThat(refused.problems()).anySatisfy(problem -> assertThat(problem.message()).contains("'Red'"));
    }

    @Test
    void shouldRefuseTwoRulesWithTheSameId() {
        RulebookRefusedException refused = refusal(RulebookFixture.rulebook()
                .concern("same", "ks2.rwm_expected < 1", 1)
                .concern("same", "ks2.rwm_expected < 2", 1));

        assertThat(refused.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("same id"));
    }

    @Test
    void shouldAcceptAWellFormedRulebook() {
        CompiledRulebook compiled = RulebookFixture.rulebook()
                .placing("inadequate", "ofsted.overall_effectiveness in ('inadequate')", RulebookFixture.OFSTED)
                .concern("absence",
                        "absence.persistent_share > england(absence.persistent_share) + 5 and not soft.leadership_crisis",
                        1)
                .compile();

        assertThat(compiled.rules()).extracting(CompiledRule::id).containsExactly("inadequate", "absence");
    }

    @Test
    void shouldRefuseAWeightlessConcern() {
        assertThatThrownBy(() -> new Consequence.AddConcern(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
