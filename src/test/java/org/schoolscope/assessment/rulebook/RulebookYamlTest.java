package org.schoolscope.assessment.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.domain.Category;
import org.schoolscope.assessment.domain.Consequence;
import org.schoolscope.assessment.domain.Parameter;
import org.schoolscope.assessment.domain.Rulebook;
import org.schoolscope.assessment.domain.RulebookProblem;
import org.schoolscope.assessment.domain.RulebookRefusedException;
import org.schoolscope.assessment.domain.ScoreBand;
import org.schoolscope.register.ResponsibleBody;

class RulebookYamlTest {

    private static final String WELSH_COLOURS = """
            version: "3"
            author: A. Officer
            reason: Use the national categorisation colours
            date: 2026-09-01
            categories:
              - {name: Red, severity: 4}
              - {name: Amber, severity: 3}
              - {name: Yellow, severity: 2}
              - {name: Green, severity: 1}
            no_concern: Green
            score_bands:
              - {from: 2, category: Yellow}
            parameters:
              low_rwm: {quartile: {measure: ks2.rwm_expected, quarter: 1, per: [phase, local_authority]}}
              high_absence: {percentile: {measure: absence.overall_rate, at: 90}}
              months: 48
            rules:
              - id: red
                description: Inadequate
                when: ofsted.overall_effectiveness == 'Inadequate'
                category: Red
                applies_to: [LOCAL_AUTHORITY]
              - id: low
                description: Low attainment
                when: ks2.rwm_expected < $low_rwm
                concern: {weight: 2}
            """;

    @Test
    void shouldReadACouncilsOwnCategoriesParametersAndRules() {
        Rulebook rulebook = RulebookYaml.read(WELSH_COLOURS);

        assertThat(rulebook.version()).isEqualTo("3");
        assertThat(rulebook.author()).isEqualTo("A. Officer");
        assertThat(rulebook.date()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(rulebook.categories()).extracting(Category::name).containsExactly("Red", "Amber", "Yellow",
                "Green");
        assertThat(rulebook.defaultCategory()).isEqualTo("Green");
        assertThat(rulebook.scoreBands()).containsExactly(new ScoreBand(2, "Yellow"));
        assertThat(rulebook.parameters()).containsExactly(
                new Parameter.Percentile("low_rwm", "ks2.rwm_expected", 25,
                        Set.of(Parameter.Grouping.PHASE, Parameter.Grouping.LOCAL_AUTHORITY)),
                new Parameter.Percentile("high_absence", "absence.overall_rate", 90, Set.of()),
                new Parameter.Fixed("months", 48));
        assertThat(rulebook.rules().get(0).appliesTo()).containsExactly(ResponsibleBody.LOCAL_AUTHORITY);
        assertThat(rulebook.rules().get(1).consequence()).isEqualTo(new Consequence.AddConcern(2));
        assertThat(rulebook.rules().get(1).appliesTo()).containsExactlyInAnyOrder(ResponsibleBody.values());
        assertThat(rulebook.notification().responsibleBodies()).isEmpty();
    }

    @Test
    void shouldReadTheHighestQuartileAsThe75thPercentile() {
        Rulebook rulebook = RulebookYaml.read(WELSH_COLOURS.replace("quarter: 1", "quarter: 4"));

        assertThat(((Parameter.Percentile) rulebook.parameters().get(0)).percentile()).isEqualTo(75);
    }

    @Test
    void shouldRefuseAMisspeltKeySoARuleCannotQuietlySwitchOff() {
        assertThatThrownBy(() -> RulebookYaml.read(WELSH_COLOURS.replace("    when: ks2", "    wehn: ks2")))
                .isInstanceOfSatisfying(RulebookRefusedException.class, e -> assertThat(e.problems())
                        .extracting(RulebookProblem::describe)
                        .contains("Rule low: unknown key 'wehn' (expected one of applies_to, category, concern, "
                                + "description, id, when)"));
    }

    @Test
    void shouldRefuseAMiddleQuarter() {
        assertThatThrownBy(() -> RulebookYaml.read(WELSH_COLOURS.replace("quarter: 1", "quarter: 2")))
                .isInstanceOfSatisfying(RulebookRefusedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.where()).isEqualTo("Parameter $low_rwm");
                            assertThat(problem.message()).contains("quarter is 1");
                        }));
    }

    @Test
    void shouldReadARuleThatPlacesInACategoryAndAddsWeight() {
        Rulebook rulebook = RulebookYaml.read(WELSH_COLOURS.replace("    category: Red\n",
                "    category: Red\n    concern: {weight: 40}\n"));
        assertThat(rulebook.rules().get(0).consequence()).isEqualTo(new Consequence.PlaceInCategory("Red", 40));
    }

    @Test
    void shouldRefuseARuleWithNoConsequence() {
        assertThatThrownBy(() -> RulebookYaml.read(WELSH_COLOURS.replace("    category: Red\n", "")))
                .isInstanceOfSatisfying(RulebookRefusedException.class, e -> assertThat(e.problems())
                        .extracting(RulebookProblem::where).containsExactly("Rule red"));
    }

    @Test
    void shouldRefuseAnUnknownResponsibleBody() {
        assertThatThrownBy(() -> RulebookYaml.read(WELSH_COLOURS.replace("[LOCAL_AUTHORITY]", "[ACADEMY]")))
                .isInstanceOfSatisfying(RulebookRefusedException.class, e -> assertThat(e.getMessage())
                        .contains("Rule red").contains("'ACADEMY' is not a responsible body"));
    }

    @Test
    void shouldRefuseADocumentWithoutItsAuthor() {
        assertThatThrownBy(() -> RulebookYaml.read(WELSH_COLOURS.replace("author: A. Officer\n", "")))
                .isInstanceOfSatisfying(RulebookRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("'author' is missing"));
    }

    @Test
    void shouldRefuseTextThatIsNotYaml() {
        assertThatThrownBy(() -> RulebookYaml.read("rules: [unclosed"))
                .isInstanceOfSatisfying(RulebookRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("not readable as YAML"));
    }
}
