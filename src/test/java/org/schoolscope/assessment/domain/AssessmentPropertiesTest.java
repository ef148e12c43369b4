package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/** Properties every rulebook evaluation must keep, over random fictional councils. */
class AssessmentPropertiesTest {

    private static final NationalFigures ENGLAND = new NationalFigures(Map.of("absence.persistent_share",
            FactValue.number(11, new Provenance(new AcademicYear(2018), "fictional_england.csv"))));

    @Provide
    Arbitrary<List<SchoolFactSheet>> councils() {
        Arbitrary<Double> percentage = Arbitraries.doubles().between(0, 100).ofScale(1).injectNull(0.2);
        Arbitrary<String> judgement = Arbitraries.of("Outstanding", "Good", "Requires improvement", "Inadequate")
                .injectNull(0.2);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.3);
        Arbitrary<SchoolFactSheet> school = Combinators.combine(Arbitraries.of("Primary", "Secondary"),
                Arbitraries.of(true, false), percentage, percentage, judgement, flag)
                .as((phase, academy, rwm, absence, effectiveness, crisis) -> {
                    SchoolFixture fixture = (academy ? SchoolFixture.academy(900001) : SchoolFixture.maintained(
                            900001)).phase(phase);
                    if (rwm != null) {
                        fixture.figure("ks2.rwm_expected", rwm);
                    }
                    if (absence != null) {
                        fixture.figure("absence.persistent_share", absence);
                    }
                    if (effectiveness != null) {
                        fixture.overallEffectiveness(effectiveness);
                    }
                    if (crisis != null) {
                        fixture.flag(StandardFacts.LEADERSHIP_CRISIS, crisis);
                    }
                    return fixture.build();
                });
        return school.list().ofMinSize(1).ofMaxSize(40).map(AssessmentPropertiesTest::numbered);
    }

    /** Gives the generated schools distinct fictional URNs from 900001. */
    private static List<SchoolFactSheet> numbered(List<SchoolFactSheet> schools) {
        List<SchoolFactSheet> numbered = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            SchoolFactSheet school = schools.get(i);
            numbered.add(new SchoolFactSheet(new Urn(900001 + i), school.responsibleBody(), school.phase(),
                    school.laCode(), school.facts()));
        }
        return numbered;
    }

    private static RulebookFixture baseRules(double threshold) {
        return RulebookFixture.rulebook()
                .parameter(new Parameter.Fixed("threshold", threshold))
                .parameter(new Parameter.Percentile("lowest_quartile", "ks2.rwm_expected", 25,
                        java.util.Set.of(Parameter.Grouping.PHASE)))
                .placing("inadequate", "ofsted.overall_effectiveness == 'Inadequate'", RulebookFixture.OFSTED)
                .placing("crisis", "soft.leadership_crisis", RulebookFixture.CRISIS)
                .concern("low", "ks2.rwm_expected < $threshold", 2)
                .concern("lowest-quartile", "ks2.rwm_expected < $lowest_quartile", 1)
                .concern("absence", "absence.persistent_share > england(absence.persistent_share) + 5", 1)
                .band(3, RulebookFixture.VULNERABLE);
    }

    private static Map<Urn, SchoolAssessment> byUrn(Assessment assessment) {
        return assessment.schools().stream().collect(Collectors.toMap(SchoolAssessment::urn, Function.identity()));
    }

    private static int severity(CompiledRulebook rulebook, SchoolAssessment school) {
        return rulebook.category(school.assessedCategory()).severity();
    }

    @Property(tries = 200)
    void raisingALowerIsWorseThresholdNeverRemovesASchoolFromConcern(
            @ForAll("councils") List<SchoolFactSheet> council, @ForAll @DoubleRange(min = 0, max = 100) double low,
            @ForAll @DoubleRange(min = 0, max = 50) double raise) {
        CompiledRulebook before = baseRules(low).compile();
        CompiledRulebook after = baseRules(low + raise).compile();

        Map<Urn, SchoolAssessment> beforeResults = byUrn(Assessor.assess(before, council, ENGLAND));
        Map<Urn, SchoolAssessment> afterResults = byUrn(Assessor.assess(after, council, ENGLAND));

        for (Urn urn : beforeResults.keySet()) {
            SchoolAssessment was = beforeResults.get(urn);
            SchoolAssessment now = afterResults.get(urn);
            assertThat(severity(after, now)).isGreaterThanOrEqualTo(severity(before, was));
            assertThat(now.score()).isGreaterThanOrEqualTo(was.score());
            if (was.fired("low")) {
                assertThat(now.fired("low")).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void addingAConcernNeverLowersAScoreOrACategory(@ForAll("councils") List<SchoolFactSheet> council,
            @ForAll @IntRange(min = 1, max = 5) int weight, @ForAll @DoubleRange(min = 0, max = 100) double cut) {
        CompiledRulebook without = baseRules(50).compile();
        CompiledRulebook with = baseRules(50).concern("extra", "absence.persistent_share > " + cut, weight).compile();

        Map<Urn, SchoolAssessment> withoutResults = byUrn(Assessor.assess(without, council, ENGLAND));
        Map<Urn, SchoolAssessment> withResults = byUrn(Assessor.assess(with, council, ENGLAND));

        for (Urn urn : withoutResults.keySet()) {
            SchoolAssessment before = withoutResults.get(urn);
            SchoolAssessment after = withResults.get(urn);
            int expectedScore = before.score() + (after.fired("extra") ? weight : 0);
            assertThat(after.score()).isEqualTo(expectedScore);
            assertThat(severity(with, after)).isGreaterThanOrEqualTo(severity(without, before));
        }
    }

    @Property(tries = 200)
    void evaluationIsDeterministicWhateverTheOrderOfTheSchools(@ForAll("councils") List<SchoolFactSheet> council,
            @ForAll long seed) {
        CompiledRulebook rulebook = baseRules(60).compile();
        List<SchoolFactSheet> shuffled = new ArrayList<>(council);
        Collections.shuffle(shuffled, new Random(seed));

        Map<Urn, SchoolAssessment> first = byUrn(Assessor.assess(rulebook, council, ENGLAND));
        Map<Urn, SchoolAssessment> again = byUrn(Assessor.assess(rulebook, council, ENGLAND));
        Map<Urn, SchoolAssessment> reordered = byUrn(Assessor.assess(rulebook, shuffled, ENGLAND));

        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @Property(tries = 200)
    void aSchoolWithoutTheFigureNeverFiresAComparisonOnIt(@ForAll("councils") List<SchoolFactSheet> council,
            @ForAll("comparisons") String operator, @ForAll @DoubleRange(min = -10, max = 110) double threshold,
            @ForAll boolean negated) {
        String comparison = "ks2.rwm_expected " + operator + " " + Observed.formatNumber(threshold);
        String condition = negated ? "not (" + comparison + ")" : comparison;
        CompiledRulebook rulebook = RulebookFixture.rulebook().concern("any", condition, 1).compile();

        for (SchoolAssessment school : Assessor.assess(rulebook, council, ENGLAND).schools()) {
            FactValue figure = council.stream().filter(sheet -> sheet.urn().equals(school.urn())).findFirst()
                    .orElseThrow().facts().get("ks2.rwm_expected");
            if (figure == null) {
                assertThat(school.fired("any")).isFalse();
                assertThat(school.uncheckedRules()).extracting(UncheckedRule::ruleId).containsExactly("any");
            } else {
                assertThat(school.uncheckedRules()).isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<String> comparisons() {
        return Arbitraries.of(ComparisonOperator.values()).map(ComparisonOperator::symbol);
    }
}
