package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.assessment.domain.RulebookFixture.NO_CONCERN;
import static org.schoolscope.assessment.domain.RulebookFixture.NOTIFY;
import static org.schoolscope.assessment.domain.RulebookFixture.OFSTED;
import static org.schoolscope.assessment.domain.RulebookFixture.VULNERABLE;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

class AssessorTest {

    private static final NationalFigures ENGLAND = new NationalFigures(Map.of("absence.persistent_share",
            FactValue.number(10.9, new Provenance(new AcademicYear(2018), "fictional_england_abs.csv"))));

    private static SchoolAssessment only(CompiledRulebook rulebook, SchoolFactSheet school) {
        return Assessor.assess(rulebook, List.of(school), ENGLAND).schools().get(0);
    }

    @Test
    void shouldNotFireALowerIsWorseRuleWhenTheFigureIsMissing() {
        CompiledRulebook rulebook = RulebookFixture.rulebook().concern("low", "ks2.rwm_expected < 60", 2)
                .band(2, VULNERABLE).compile();

        SchoolAssessment absent = only(rulebook, SchoolFixture.maintained(900001).build());
        SchoolAssessment suppressed = only(rulebook, SchoolFixture.maintained(900002)
                .suppressed("ks2.rwm_expected").build());

        for (SchoolAssessment school : List.of(absent, suppressed)) {
            assertThat(school.firedRules()).isEmpty();
            assertThat(school.score()).isZero();
            assertThat(school.category()).isEqualTo(NO_CONCERN);
            assertThat(school.uncheckedRules()).singleElement()
                    .satisfies(rule -> assertThat(rule.notAvailable()).singleElement().asString()
                            .doesNotContain("ks2.rwm_expected"));
        }
        assertThat(suppressed.uncheckedRules().get(0).explanation()).contains("(SUPP)").contains("not available")
                .doesNotContain("ks2.rwm_expected").doesNotContain("(rule ");
    }

    @Test
    void shouldNotFireANegatedConditionWhenTheFigureIsMissing() {
        CompiledRulebook rulebook = RulebookFixture.rulebook().concern("not-high", "not (ks2.rwm_expected >= 60)", 1)
                .compile();

        assertThat(only(rulebook, SchoolFixture.maintained(900001).build()).firedRules()).isEmpty();
        assertThat(only(rulebook, SchoolFixture.maintained(900002).figure("ks2.rwm_expected", 40).build())
                .fired("not-high")).isTrue();
    }

    @Test
    void shouldFireAnOrWhenOneBranchHoldsAndTheOtherIsMissing() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .concern("either", "ks2.rwm_expected < 60 or absence.persistent_share > 20", 1).compile();

        SchoolAssessment school = only(rulebook, SchoolFixture.maintained(900001)
                .figure("absence.persistent_share", 25).build());

        assertThat(school.fired("either")).isTrue();
        assertThat(school.firedRules().get(0).evidence()).extracting(Evidence::subject)
                .containsExactly("% of pupils persistently absent");
    }

    @Test
    void shouldExplainAFiredRuleWithValueComparisonYearAndSource() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .concern("absence", "absence.persistent_share > england(absence.persistent_share) + 5", 1)
                .compile();

        SchoolAssessment school = only(rulebook, SchoolFixture.maintained(900001)
                .figure("absence.persistent_share", 21.4).build());

        FiredRule fired = school.firedRules().get(0);
        assertThat(fired.explanation())
                .startsWith("Rule absence: % of pupils persistently absent was 21.4 in 2018-19 "
                        + "(DfE's key stage 2 performance tables, final), above England's figure for % of pupils "
                        + "persistently absent plus 5, which is 15.9")
                .contains("England: % of pupils persistently absent was 10.9 in 2018-19 "
                        + "(DfE's pupil absence in schools)");
        Evidence evidence = fired.evidence().get(0);
        assertThat(evidence.value()).isEqualTo(new Observed.Number(21.4));
        assertThat(evidence.comparisonValue()).isEqualTo(new Observed.Number(15.9));
        assertThat(evidence.relation()).isEqualTo("above");
        assertThat(evidence.readings()).extracting(Reading::fact)
                .containsExactly("absence.persistent_share", "england(absence.persistent_share)");
        assertThat(evidence.readings().get(0).provenance())
                .isEqualTo(new Provenance(new AcademicYear(2018), "fictional_ks2_final.csv"));
    }

    @Test
    void shouldNotFireANationalComparisonWithoutANationalFigure() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .concern("absence", "absence.persistent_share > england(absence.persistent_share) + 5", 1)
                .compile();

        SchoolAssessment school = Assessor.assess(rulebook, List.of(SchoolFixture.maintained(900001)
                .figure("absence.persistent_share", 40).build()), NationalFigures.none()).schools().get(0);

        assertThat(school.firedRules()).isEmpty();
        assertThat(school.uncheckedRules().get(0).notAvailable())
                .containsExactly("England's figure for % of pupils persistently absent");
    }

    @Test
    void shouldCompareJudgementsWithoutRegardToCase() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .placing("ri", "ofsted.overall_effectiveness == 'Requires improvement'", OFSTED).compile();

        SchoolAssessment school = only(rulebook, SchoolFixture.maintained(900001)
                .overallEffectiveness("requires improvement").build());

        assertThat(school.category()).isEqualTo(OFSTED);
        assertThat(school.firedRules().get(0).explanation()).contains("was requires improvement in 2018-19")
                .contains("equal to Requires improvement");
    }

    @Test
    void shouldPlaceASchoolInTheMostSevereCategoryAndAddUpItsConcerns() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .placing("vulnerable", "self_reported_vulnerable", VULNERABLE)
                .placing("inadequate", "ofsted.overall_effectiveness == 'Inadequate'", OFSTED)
                .concern("low", "ks2.rwm_expected < 60", 2)
                .concern("absent", "absence.persistent_share > 20", 3)
                .compile();

        SchoolAssessment school = only(rulebook, SchoolFixture.maintained(900001)
                .flag(StandardFacts.SELF_REPORTED_VULNERABLE, true).overallEffectiveness("Inadequate")
                .figure("ks2.rwm_expected", 50).figure("absence.persistent_share", 25).build());

        assertThat(school.category()).isEqualTo(OFSTED);
        assertThat(school.score()).isEqualTo(5);
        assertThat(school.firedRules()).extracting(FiredRule::ruleId)
                .containsExactly("vulnerable", "inadequate", "low", "absent");
    }

    @Test
    void shouldPlaceASchoolByItsScoreWhenItReachesABand() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .concern("low", "ks2.rwm_expected < 60", 2)
                .concern("absent", "absence.persistent_share > 20", 1)
                .band(3, VULNERABLE).compile();

        SchoolAssessment both = only(rulebook, SchoolFixture.maintained(900001).figure("ks2.rwm_expected", 50)
                .figure("absence.persistent_share", 25).build());
        SchoolAssessment one = only(rulebook, SchoolFixture.maintained(900002).figure("ks2.rwm_expected", 50)
                .figure("absence.persistent_share", 5).build());

        assertThat(both.category()).isEqualTo(VULNERABLE);
        assertThat(one.category()).isEqualTo(NO_CONCERN);
        assertThat(one.score()).isEqualTo(2);
    }

    @Test
    void shouldNotifyTheRegionalDirectorAboutAnAcademyInsteadOfListingIt() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .placing("inadequate", "ofsted.overall_effectiveness == 'Inadequate'", OFSTED).compile();

        SchoolAssessment academy = only(rulebook, SchoolFixture.academy(900001).overallEffectiveness("Inadequate")
                .build());
        SchoolAssessment goodAcademy = only(rulebook, SchoolFixture.academy(900002).overallEffectiveness("Good")
                .build());

        assertThat(academy.category()).isEqualTo(NOTIFY);
        assertThat(academy.assessedCategory()).isEqualTo(OFSTED);
        assertThat(goodAcademy.category()).isEqualTo(NO_CONCERN);
    }

    @Test
    void shouldApplyARuleOnlyToTheResponsibleBodiesItNames() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .concern("maintained-only", "self_reported_vulnerable", 1, EnumSet.of(ResponsibleBody.LOCAL_AUTHORITY))
                .compile();

        assertThat(only(rulebook, SchoolFixture.maintained(900001)
                .flag(StandardFacts.SELF_REPORTED_VULNERABLE, true).build()).score()).isEqualTo(1);
        assertThat(only(rulebook, SchoolFixture.academy(900002)
                .flag(StandardFacts.SELF_REPORTED_VULNERABLE, true).build()).score()).isZero();
    }

    @Test
    void shouldComputeTheLowestQuartilePerPhaseAsASpreadsheetWould() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .parameter(new Parameter.Percentile("lowest_quartile", "ks2.rwm_expected", 25,
                        Set.of(Parameter.Grouping.PHASE)))
                .concern("lowest-quartile", "ks2.rwm_expected < $lowest_quartile", 1).compile();
        // Primaries 40, 50, 60, 70, 80: PERCENTILE.INC(.., 0.25) = 50. The secondary figures are far lower and
        // must not pull the primary threshold down.
        List<SchoolFactSheet> schools = List.of(
                SchoolFixture.maintained(900001).figure("ks2.rwm_expected", 40).build(),
                SchoolFixture.maintained(900002).figure("ks2.rwm_expected", 50).build(),
                SchoolFixture.maintained(900003).figure("ks2.rwm_expected", 60).build(),
                SchoolFixture.maintained(900004).figure("ks2.rwm_expected", 70).build(),
                SchoolFixture.maintained(900005).figure("ks2.rwm_expected", 80).build(),
                SchoolFixture.maintained(900006).build(),
                SchoolFixture.maintained(900011).phase("Secondary").figure("ks2.rwm_expected", 5).build(),
                SchoolFixture.maintained(900012).phase("Secondary").figure("ks2.rwm_expected", 15).build());

        Assessment assessment = Assessor.assess(rulebook, schools, ENGLAND);

        assertThat(assessment.schools()).filteredOn(school -> school.fired("lowest-quartile"))
                .extracting(school -> school.urn().value()).containsExactly(900001, 900011);
        assertThat(assessment.school(new Urn(900001)).orElseThrow().firedRules().get(0).explanation())
                .contains("below the lowest quartile (the 25th percentile across 5 primary schools), which is 50");
    }

    @Test
    void shouldExplainAGapBetweenTwoFiguresWithBothSources() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .concern("gap", "ks2.rwm_expected_not_disadvantaged - ks2.rwm_expected_disadvantaged > 25", 1)
                .compile();

        SchoolAssessment school = only(rulebook, SchoolFixture.maintained(900001)
                .figure("ks2.rwm_expected_not_disadvantaged", 72).figure("ks2.rwm_expected_disadvantaged", 40)
                .build());

        assertThat(school.firedRules().get(0).explanation())
                .contains("Other pupils: % at the expected standard in RWM minus Disadvantaged pupils: % at the "
                        + "expected standard in RWM was 32, above 25")
                .contains("Other pupils: % at the expected standard in RWM was 72 in 2018-19 "
                        + "(DfE's key stage 2 performance tables, final)")
                .contains("Disadvantaged pupils: % at the expected standard in RWM was 40 in 2018-19");
    }

    @Test
    void shouldExplainAFlagWithItsSource() {
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .placing("crisis", "soft.leadership_crisis", RulebookFixture.CRISIS).compile();

        SchoolAssessment school = only(rulebook, SchoolFixture.maintained(900001)
                .flag(StandardFacts.LEADERSHIP_CRISIS, true).build());
        SchoolAssessment calm = only(rulebook, SchoolFixture.maintained(900002)
                .flag(StandardFacts.LEADERSHIP_CRISIS, false).build());

        assertThat(school.category()).isEqualTo(RulebookFixture.CRISIS);
        assertThat(school.firedRules().get(0).explanation()).isEqualTo("Rule crisis: Soft intelligence records a "
                + "crisis in leadership and management was recorded as yes in 2018-19 "
                + "(fictional soft intelligence note).");
        assertThat(calm.category()).isEqualTo(NO_CONCERN);
        assertThat(calm.uncheckedRules()).isEmpty();
    }

    @Test
    void shouldCompareASchoolWithEnglandsFigureForItsOwnPhaseWherePublished() {
        Provenance englandFile = new Provenance(new AcademicYear(2018), "fictional_england_abs.csv");
        NationalFigures england = new NationalFigures(
                Map.of("absence.persistent_share", FactValue.number(10.9, englandFile)),
                Map.of("absence.persistent_share", Map.of("Secondary", FactValue.number(13.7, englandFile))));
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .concern("absence", "absence.persistent_share > england(absence.persistent_share) + 5", 1)
                .compile();
        List<SchoolFactSheet> schools = List.of(
                SchoolFixture.maintained(900001).figure("absence.persistent_share", 17).build(),
                SchoolFixture.maintained(900002).phase("Secondary").figure("absence.persistent_share", 17).build());

        Assessment assessment = Assessor.assess(rulebook, schools, england);

        SchoolAssessment primary = assessment.school(new Urn(900001)).orElseThrow();
        assertThat(primary.fired("absence")).isTrue();
        assertThat(primary.firedRules().get(0).explanation()).contains("which is 15.9")
                .contains("England: % of pupils persistently absent was 10.9");
        assertThat(assessment.school(new Urn(900002)).orElseThrow().fired("absence")).isFalse();
    }

    @Test
    void shouldNameThePhaseWhenExplainingWithAPhasesNationalFigure() {
        Provenance englandFile = new Provenance(new AcademicYear(2018), "fictional_england_abs.csv");
        NationalFigures england = new NationalFigures(Map.of(),
                Map.of("absence.persistent_share", Map.of("Secondary", FactValue.number(13.7, englandFile))));
        CompiledRulebook rulebook = RulebookFixture.rulebook()
                .concern("absence", "absence.persistent_share > england(absence.persistent_share) + 5", 1)
                .compile();

        SchoolAssessment secondary = Assessor.assess(rulebook, List.of(SchoolFixture.maintained(900002)
                .phase("Secondary").figure("absence.persistent_share", 20).build()), england).schools().get(0);

        assertThat(secondary.firedRules().get(0).explanation())
                .contains("England (Secondary schools): % of pupils persistently absent was 13.7 in 2018-19");
    }
}
