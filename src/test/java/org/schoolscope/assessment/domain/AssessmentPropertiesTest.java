package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/** Properties every rulebook evaluation must keep, over 200 seeded random fictional councils each. */
class AssessmentPropertiesTest {

    private static final NationalFigures ENGLAND = new NationalFigures(Map.of("absence.persistent_share",
            FactValue.number(11, new Provenance(new AcademicYear(2018), "fictional_england.csv"))));

    private static final int TRIES = 200;

    /**
     * A random fictional council: 1 to 40 schools, each primary or secondary, maintained or academy, with figures,
     * a judgement and a crisis flag each missing about a fifth of the time. Seeded, so a failure names its seed.
     */
    private static List<SchoolFactSheet> council(Random random) {
        List<SchoolFactSheet> schools = new ArrayList<>();
        int size = 1 + random.nextInt(40);
        for (int i = 0; i < size; i++) {
            SchoolFixture fixture = (random.nextBoolean() ? SchoolFixture.academy(900001)
                    : SchoolFixture.maintained(900001)).phase(random.nextBoolean() ? "Primary" : "Secondary");
            if (random.nextDouble() >= 0.2) {
                fixture.figure("ks2.rwm_expected", percentage(random));
            }
            if (random.nextDouble() >= 0.2) {
                fixture.figure("absence.persistent_share", percentage(random));
            }
            if (random.nextDouble() >= 0.2) {
                fixture.overallEffectiveness(List.of("Outstanding", "Good", "Requires improvement", "Inadequate")
                        .get(random.nextInt(4)));
            }
            if (random.nextDouble() >= 0.3) {
                fixture.flag(StandardFacts.LEADERSHIP_CRISIS, random.nextBoolean());
            }
            schools.add(fixture.build());
        }
        return numbered(schools);
    }

    private static double percentage(Random random) {
        return Math.round(random.nextDouble() * 1000) / 10.0;
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

    @Test
    void raisingALowerIsWorseThresholdNeverRemovesASchoolFromConcern() {
        for (long seed = 1; seed <= TRIES; seed++) {
            Random random = new Random(seed);
            raisingALowerIsWorseThresholdNeverRemovesASchoolFromConcern(council(random), random.nextDouble() * 100,
                    random.nextDouble() * 50);
        }
    }

    private void raisingALowerIsWorseThresholdNeverRemovesASchoolFromConcern(List<SchoolFactSheet> council,
            double low, double raise) {
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

    @Test
    void addingAConcernNeverLowersAScoreOrACategory() {
        for (long seed = 1; seed <= TRIES; seed++) {
            Random random = new Random(seed);
            addingAConcernNeverLowersAScoreOrACategory(council(random), 1 + random.nextInt(5),
                    random.nextDouble() * 100);
        }
    }

    private void addingAConcernNeverLowersAScoreOrACategory(List<SchoolFactSheet> council, int weight, double cut) {
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

    @Test
    void evaluationIsDeterministicWhateverTheOrderOfTheSchools() {
        for (long seed = 1; seed <= TRIES; seed++) {
            Random random = new Random(seed);
            evaluationIsDeterministicWhateverTheOrderOfTheSchools(council(random), random.nextLong());
        }
    }

    private void evaluationIsDeterministicWhateverTheOrderOfTheSchools(List<SchoolFactSheet> council, long seed) {
        CompiledRulebook rulebook = baseRules(60).compile();
        List<SchoolFactSheet> shuffled = new ArrayList<>(council);
        Collections.shuffle(shuffled, new Random(seed));

        Map<Urn, SchoolAssessment> first = byUrn(Assessor.assess(rulebook, council, ENGLAND));
        Map<Urn, SchoolAssessment> again = byUrn(Assessor.assess(rulebook, council, ENGLAND));
        Map<Urn, SchoolAssessment> reordered = byUrn(Assessor.assess(rulebook, shuffled, ENGLAND));

        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @Test
    void aSchoolWithoutTheFigureNeverFiresAComparisonOnIt() {
        ComparisonOperator[] operators = ComparisonOperator.values();
        for (long seed = 1; seed <= TRIES; seed++) {
            Random random = new Random(seed);
            aSchoolWithoutTheFigureNeverFiresAComparisonOnIt(council(random),
                    operators[random.nextInt(operators.length)].symbol(), -10 + random.nextDouble() * 120,
                    random.nextBoolean());
        }
    }

    private void aSchoolWithoutTheFigureNeverFiresAComparisonOnIt(List<SchoolFactSheet> council, String operator,
            double threshold, boolean negated) {
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
}
