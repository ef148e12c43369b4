package org.schoolscope.assessment.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.domain.Assessment;
import org.schoolscope.assessment.domain.Assessor;
import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.FiredRule;
import org.schoolscope.assessment.domain.NationalFigures;
import org.schoolscope.assessment.domain.Provenance;
import org.schoolscope.assessment.domain.RulebookCompiler;
import org.schoolscope.assessment.domain.SchoolAssessment;
import org.schoolscope.assessment.domain.SchoolFactSheet;
import org.schoolscope.assessment.domain.SchoolFixture;
import org.schoolscope.assessment.domain.StandardFacts;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * Each rule of the default rulebook on a small fictional council: eight ordinary primaries and four ordinary
 * secondaries set the council's quartiles, and each test adds the one school it is about.
 */
class DefaultRulebookTest {

    private static final String OFSTED = "Causing concern: Ofsted";
    private static final Provenance ENGLAND_FILE = new Provenance(new AcademicYear(2018), "fictional_england.csv");
    private static final NationalFigures ENGLAND = new NationalFigures(Map.of(
            "absence.persistent_share", FactValue.number(11, ENGLAND_FILE),
            "absence.overall_rate", FactValue.number(4.7, ENGLAND_FILE)));

    private static CompiledRulebook rulebook;

    @BeforeAll
    static void compileTheDefaultRulebook() {
        rulebook = RulebookCompiler.compile(DefaultRulebook.read(), MeasureVocabulary.shippedCatalogue());
    }

    private static List<SchoolFactSheet> ordinaryCouncil() {
        List<SchoolFactSheet> schools = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            schools.add(SchoolFixture.maintained(900101 + i).overallEffectiveness("Good")
                    .figure("ks2.rwm_expected", 55 + 5 * i).figure("ks2.reading_progress", -1 + 0.5 * i)
                    .figure("ks2.writing_progress", -1 + 0.5 * i).figure("ks2.maths_progress", -1 + 0.5 * i)
                    .figure("absence.persistent_share", 9).figure("ofsted.months_since_graded", 20).build());
        }
        for (int i = 0; i < 4; i++) {
            schools.add(SchoolFixture.maintained(900201 + i).phase("Secondary").overallEffectiveness("Good")
                    .figure("ks4.attainment8", 40 + 4 * i).figure("ks4.progress8", -0.3 + 0.2 * i)
                    .figure("ks4.progress8_disadvantaged_gap", -0.9 + 0.2 * i).build());
        }
        return schools;
    }

    private static SchoolAssessment assess(SchoolFixture school) {
        List<SchoolFactSheet> council = ordinaryCouncil();
        SchoolFactSheet sheet = school.build();
        council.add(sheet);
        Assessment assessment = Assessor.assess(rulebook, council, ENGLAND);
        return assessment.school(sheet.urn()).orElseThrow();
    }

    private static SchoolFixture goodPrimary() {
        return SchoolFixture.maintained(900001).overallEffectiveness("Good").figure("ks2.rwm_expected", 75)
                .figure("ofsted.months_since_graded", 20);
    }

    @Test
    void shouldCarryItsVersionAuthorReasonAndDate() {
        assertThat(rulebook.rulebook().version()).isEqualTo("2026.2");
        assertThat(rulebook.rulebook().author()).isNotBlank();
        assertThat(rulebook.rulebook().reason()).contains("School improvement services 2018 to 2020")
                .doesNotContain("seed");
        assertThat(rulebook.rules()).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void shouldLeaveAnOrdinaryGoodSchoolOffTheList() {
        SchoolAssessment school = assess(goodPrimary());

        assertThat(school.category()).isEqualTo("Not a concern");
        assertThat(school.firedRules()).isEmpty();
    }

    @Test
    void shouldPlaceAnInadequateMaintainedSchoolOnTheList() {
        SchoolAssessment school = assess(goodPrimary().overallEffectiveness("Inadequate"));

        assertThat(school.category()).isEqualTo(OFSTED);
        assertThat(school.fired("ofsted-inadequate")).isTrue();
    }

    @Test
    void shouldPlaceASchoolInSeriousWeaknessesOnTheList() {
        SchoolAssessment school = assess(SchoolFixture.maintained(900001)
                .judgement(StandardFacts.CATEGORY, "SWK"));

        assertThat(school.category()).isEqualTo(OFSTED);
        assertThat(school.firedRules().get(0).explanation()).contains("Ofsted category of concern was SWK");
    }

    @Test
    void shouldPlaceASchoolThatRequiresImprovementOnTheList() {
        assertThat(assess(goodPrimary().overallEffectiveness("Requires improvement")).fired(
                "ofsted-requires-improvement")).isTrue();
    }

    @Test
    void shouldPlaceASchoolWithAKeyJudgementBelowGoodOnTheList() {
        SchoolAssessment school = assess(SchoolFixture.maintained(900001)
                .judgement(StandardFacts.LOWEST_KEY_JUDGEMENT, "Requires improvement"));

        assertThat(school.fired("key-judgement-requires-improvement")).isTrue();
        assertThat(school.category()).isEqualTo(OFSTED);
    }

    @Test
    void shouldPlaceASchoolWithAReportCardAreaNeedingAttentionOnTheList() {
        SchoolAssessment school = assess(SchoolFixture.maintained(900001)
                .judgement(StandardFacts.LOWEST_AREA_GRADE, "Needs attention"));
        SchoolAssessment expected = assess(SchoolFixture.maintained(900002)
                .judgement(StandardFacts.LOWEST_AREA_GRADE, "Expected standard"));

        assertThat(school.category()).isEqualTo(OFSTED);
        assertThat(school.fired("report-card-needs-attention")).isTrue();
        assertThat(expected.category()).isEqualTo("Not a concern");
    }

    /**
     * Scores as the rulebook's comment promises, written here by hand: special measures 80 + 40 for the
     * Inadequate judgement, serious weaknesses 40 + 40, Inadequate 40, Requires improvement 20, in each era.
     */
    @Test
    void shouldScoreOfstedFindingsMostSevereFirstInEveryEra() {
        assertThat(assess(goodPrimary().overallEffectiveness("Inadequate").judgement(StandardFacts.CATEGORY, "SM"))
                .score()).isEqualTo(120);
        assertThat(assess(goodPrimary().overallEffectiveness("Inadequate").judgement(StandardFacts.CATEGORY, "SWK"))
                .score()).isEqualTo(80);
        assertThat(assess(goodPrimary().overallEffectiveness("Inadequate")).score()).isEqualTo(40);
        assertThat(assess(goodPrimary().overallEffectiveness("Requires improvement")).score()).isEqualTo(20);
        assertThat(assess(SchoolFixture.maintained(900001).judgement(StandardFacts.LOWEST_KEY_JUDGEMENT, "Inadequate")
                .judgement(StandardFacts.CATEGORY, "SM")).score()).isEqualTo(120);
        assertThat(assess(SchoolFixture.maintained(900001)
                .judgement(StandardFacts.LOWEST_KEY_JUDGEMENT, "Requires improvement")).score()).isEqualTo(20);
        assertThat(assess(SchoolFixture.maintained(900001)
                .judgement(StandardFacts.LOWEST_AREA_GRADE, "Urgent improvement")).score()).isEqualTo(40);
        assertThat(assess(SchoolFixture.maintained(900001)
                .judgement(StandardFacts.LOWEST_AREA_GRADE, "Needs attention")).score()).isEqualTo(20);
        assertThat(assess(SchoolFixture.maintained(900001).judgement(StandardFacts.LOWEST_AREA_GRADE,
                "Strong standard").judgement(StandardFacts.SAFEGUARDING, "Not met")).score()).isEqualTo(20);
    }

    @Test
    void shouldKeepARequiresImprovementSchoolWithEveryDataConcernBelowAnInadequateOne() {
        SchoolAssessment weakest = assess(goodPrimary().overallEffectiveness("Requires improvement")
                .figure("ks2.rwm_expected", 30).figure("ks2.maths_progress", -5)
                .figure("ks2.rwm_expected_not_disadvantaged", 80).figure("ks2.rwm_expected_disadvantaged", 40)
                .figure("absence.persistent_share", 30).figure("absence.overall_rate", 9)
                .figure("exclusions.permanent_rate", 1).figure("ofsted.months_since_graded", 60));

        assertThat(weakest.score()).isEqualTo(20 + 8);
        assertThat(weakest.score()).isLessThan(assess(goodPrimary().overallEffectiveness("Inadequate")).score());
    }

    @Test
    void shouldPlaceASchoolWhoseSafeguardingWasNotMetOnTheList() {
        SchoolAssessment school = assess(SchoolFixture.maintained(900001)
                .judgement(StandardFacts.LOWEST_AREA_GRADE, "Strong standard")
                .judgement(StandardFacts.SAFEGUARDING, "Not met"));

        assertThat(school.category()).isEqualTo(OFSTED);
        assertThat(school.firedRules()).extracting(FiredRule::ruleId).containsExactly("safeguarding-not-met");
    }

    @Test
    void shouldFindAGoodSchoolVulnerableWhenItsUngradedInspectionSignalsAGradedOne() {
        SchoolAssessment school = assess(goodPrimary().flag(StandardFacts.UNGRADED_NEXT_GRADED, true));

        assertThat(school.category()).isEqualTo("Vulnerable");
        assertThat(school.fired("ungraded-inspection-signals-graded")).isTrue();
    }

    @Test
    void shouldFindAGoodSchoolVulnerableWithLowAttainmentAndAnInspectionDue() {
        SchoolAssessment school = assess(goodPrimary().figure("ks2.rwm_expected", 40)
                .figure("ofsted.months_since_graded", 60));

        assertThat(school.firedRules()).extracting(FiredRule::ruleId)
                .containsExactly("ks2-attainment-lowest-quartile", "graded-inspection-due");
        assertThat(school.score()).isEqualTo(3);
        assertThat(school.category()).isEqualTo("Vulnerable");
        assertThat(school.firedRules().get(0).explanation())
                .contains("was 40 in 2018-19 (DfE's key stage 2 performance tables, final), below the lowest quartile "
                        + "key stage 2 reading, writing and maths (the 25th percentile across 9 primary schools), "
                        + "which is 60");
    }

    @Test
    void shouldNotFindAGoodSchoolVulnerableOnLowAttainmentAlone() {
        SchoolAssessment school = assess(goodPrimary().figure("ks2.rwm_expected", 40));

        assertThat(school.score()).isEqualTo(2);
        assertThat(school.category()).isEqualTo("Not a concern");
    }

    @Test
    void shouldCountLowKeyStage2ProgressAsAConcern() {
        assertThat(assess(goodPrimary().figure("ks2.maths_progress", -3)).fired("ks2-progress-lowest-quartile"))
                .isTrue();
    }

    @Test
    void shouldCountWeakKeyStage4ResultsAndALargeDisadvantagedGapAsConcerns() {
        SchoolAssessment school = assess(SchoolFixture.maintained(900001).phase("Secondary")
                .overallEffectiveness("Good").figure("ks4.attainment8", 30).figure("ks4.progress8", -0.8)
                .figure("ks4.progress8_disadvantaged_gap", -1.4));

        assertThat(school.firedRules()).extracting(FiredRule::ruleId).containsExactly(
                "ks4-attainment-lowest-quartile", "ks4-progress-lowest-quartile", "ks4-disadvantaged-gap-large");
        assertThat(school.score()).isEqualTo(4);
        assertThat(school.category()).isEqualTo("Vulnerable");
    }

    @Test
    void shouldCountALargeKeyStage2DisadvantagedGapAsAConcern() {
        assertThat(assess(goodPrimary().figure("ks2.rwm_expected_not_disadvantaged", 80)
                .figure("ks2.rwm_expected_disadvantaged", 50)).fired("ks2-disadvantaged-gap-large")).isTrue();
        assertThat(assess(goodPrimary().figure("ks2.rwm_expected_not_disadvantaged", 80)
                .figure("ks2.rwm_expected_disadvantaged", 60)).fired("ks2-disadvantaged-gap-large")).isFalse();
    }

    @Test
    void shouldCountAbsenceWellAboveEnglandAsConcerns() {
        SchoolAssessment school = assess(goodPrimary().figure("absence.persistent_share", 17)
                .figure("absence.overall_rate", 6.5));

        assertThat(school.firedRules()).extracting(FiredRule::ruleId)
                .containsExactly("persistent-absence-high", "overall-absence-high");
        assertThat(school.firedRules().get(0).explanation())
                .contains("above England's figure for % of pupils persistently absent (10% or more of sessions) "
                        + "plus the persistent absence margin (5), which is 16")
                .doesNotContain("fictional_england.csv").doesNotContain("$").doesNotContain("absence.");
    }

    @Test
    void shouldCountHighPermanentExclusionsAsAConcern() {
        assertThat(assess(goodPrimary().figure("exclusions.permanent_rate", 0.5)).fired("permanent-exclusions-high"))
                .isTrue();
    }

    @Test
    void shouldPlaceASchoolWithALeadershipCrisisInCrisis() {
        SchoolAssessment school = assess(goodPrimary().flag(StandardFacts.LEADERSHIP_CRISIS, true));

        assertThat(school.category()).isEqualTo("In crisis");
    }

    @Test
    void shouldFindAMaintainedSchoolThatReportsItselfVulnerableVulnerableButNotAnAcademy() {
        SchoolAssessment maintained = assess(goodPrimary().flag(StandardFacts.SELF_REPORTED_VULNERABLE, true));
        SchoolAssessment academy = assess(SchoolFixture.academy(900002).overallEffectiveness("Good")
                .flag(StandardFacts.SELF_REPORTED_VULNERABLE, true));

        assertThat(maintained.category()).isEqualTo("Vulnerable");
        assertThat(academy.fired("self-reported-vulnerable")).isFalse();
        assertThat(academy.category()).isEqualTo("Not a concern");
    }

    @Test
    void shouldAssessAnInadequateAcademyButNotifyTheRegionalDirectorInstead() {
        SchoolAssessment academy = assess(SchoolFixture.academy(900001).overallEffectiveness("Inadequate"));

        assertThat(academy.category()).isEqualTo("Notify regional director");
        assertThat(academy.assessedCategory()).isEqualTo(OFSTED);
        assertThat(academy.fired("ofsted-inadequate")).isTrue();
    }

    @Test
    void shouldSayWhichRulesCouldNotBeCheckedForASchoolWithNoFigures() {
        SchoolAssessment school = assess(SchoolFixture.maintained(900001).overallEffectiveness("Good"));

        assertThat(school.category()).isEqualTo("Not a concern");
        assertThat(school.uncheckedRules()).extracting(rule -> rule.ruleId())
                .contains("ks2-attainment-lowest-quartile", "graded-inspection-due");
        assertThat(school.urn()).isEqualTo(new Urn(900001));
    }
}
