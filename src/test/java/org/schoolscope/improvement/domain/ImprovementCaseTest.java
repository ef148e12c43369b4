package org.schoolscope.improvement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schoolscope.improvement.domain.CaseFixture.school;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImprovementCaseTest {

    @Test
    void shouldRefuseAPlanBeforeTheSchoolIsOnTheList() {
        ImprovementCase proposed = school().proposedInOfstedCategory().build();

        assertThatThrownBy(() -> proposed.check(StepType.PLAN_AGREED, Map.of(), "why"))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("An action plan needs the school on the agreed list first");
        assertThat(school().build().refusal(StepType.PLAN_AGREED)).isPresent();
    }

    @Test
    void shouldRefuseAPlanWithoutAPriorityPartner() {
        assertThat(school().listed().build().refusal(StepType.PLAN_AGREED))
                .hasValueSatisfying(message -> assertThat(message).contains("Allocate a priority partner"));
    }

    @Test
    void shouldRefuseToAgreeAFirstTimeVulnerableSchoolBeforeItsVisit() {
        ImprovementCase vulnerable = school().proposedAsFirstTimeVulnerable().build();

        assertThat(vulnerable.refusal(StepType.LIST_AGREED))
                .hasValueSatisfying(message -> assertThat(message).contains("record the visit"));
        assertThat(school().proposedAsFirstTimeVulnerable()
                .step(StepType.VULNERABILITY_VISIT, Details.OUTCOME, Details.PRIORITY).build()
                .refusal(StepType.LIST_AGREED)).isEmpty();
    }

    @Test
    void shouldDropASchoolTheVisitAgreesIsNotAPriority() {
        ImprovementCase dropped = school().proposedAsFirstTimeVulnerable()
                .step(StepType.VULNERABILITY_VISIT, Details.OUTCOME, Details.NOT_A_PRIORITY).build();

        assertThat(dropped.status()).isEqualTo(CaseStatus.NOT_A_PRIORITY);
        assertThat(dropped.refusal(StepType.LIST_AGREED)).isPresent();
    }

    @Test
    void shouldRefuseAVisitForASchoolNotVulnerableForTheFirstTime() {
        assertThat(school().proposedInOfstedCategory().build().refusal(StepType.VULNERABILITY_VISIT)).isPresent();
    }

    @Test
    void shouldRefuseAWarningNoticeWithoutTheDirectorsDecision() {
        ImprovementCase recommended = school().withPartnerAndPlan().recommended(Recommendation.WARNING_NOTICE).build();

        assertThatThrownBy(() -> recommended.check(StepType.WARNING_NOTICE_ISSUED, Map.of(), "why"))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("needs the Director of Children's Services' decision first");
        assertThat(school().withPartnerAndPlan().build().refusal(StepType.WARNING_NOTICE_ISSUED)).isPresent();
        assertThat(school().withPartnerAndPlan().build().refusal(StepType.DCS_DECISION)).isPresent();
    }

    @Test
    void shouldRefuseANoticeTheDirectorDeclined() {
        ImprovementCase declined = school().withPartnerAndPlan().recommended(Recommendation.WARNING_NOTICE)
                .step(StepType.DCS_DECISION, Details.DECISION, Details.DECLINED).build();

        assertThat(declined.notice()).isEqualTo(NoticeState.DECLINED);
        assertThat(declined.refusal(StepType.WARNING_NOTICE_ISSUED)).isPresent();
    }

    @Test
    void shouldTrackANoticeFromDecisionToClosure() {
        CaseFixture fixture = school().withPartnerAndPlan().recommended(Recommendation.WARNING_NOTICE)
                .step(StepType.DCS_DECISION, Details.DECISION, Details.APPROVED);
        assertThat(fixture.build().refusal(StepType.WARNING_NOTICE_ISSUED)).isEmpty();

        fixture.step(StepType.WARNING_NOTICE_ISSUED, Details.GROUND, "LOW_STANDARDS", Details.COMPLY_BY,
                "2035-12-01");
        ImprovementCase issued = fixture.build();
        assertThat(issued.notice()).isEqualTo(NoticeState.ISSUED);
        assertThat(issued.complianceOverdue(LocalDate.of(2035, 12, 2))).isTrue();
        assertThat(issued.refusal(StepType.REMOVED)).isPresent();

        ImprovementCase closed = fixture.step(StepType.NOTICE_CLOSED, Details.OUTCOME, "Complied").build();
        assertThat(closed.notice()).isEqualTo(NoticeState.CLOSED);
        assertThat(closed.refusal(StepType.COMPLIANCE_REVIEWED)).isPresent();
    }

    @Test
    void shouldRefuseRemovalWithoutTheBoardsRecommendation() {
        assertThat(school().withPartnerAndPlan().build().refusal(StepType.REMOVED))
                .hasValueSatisfying(message -> assertThat(message).contains("advisory board's recommendation"));
    }

    @Test
    void shouldRefuseRemovalWithoutTheRuleMetOrAStatedReason() {
        ImprovementCase recommended = school().withPartnerAndPlan().recommended(Recommendation.REMOVE).build();

        assertThat(recommended.removalRuleMet()).isFalse();
        assertThatThrownBy(() -> recommended.check(StepType.REMOVED, Map.of(), " "))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("does not meet the rule for removal");
        recommended.check(StepType.REMOVED, Map.of(), "The school has joined a trust and leaves our support");
    }

    @Test
    void shouldAllowRemovalWhenTheLatestInspectionIsGoodWithNoFurtherSupport() {
        ImprovementCase good = school().withPartnerAndPlan()
                .step(StepType.INSPECTION_ATTENDED, Details.OUTCOME, "Good", Details.FURTHER_SUPPORT, Details.NO)
                .recommended(Recommendation.REMOVE).build();

        assertThat(good.removalRuleMet()).isTrue();
        good.check(StepType.REMOVED, Map.of(), "");
    }

    @Test
    void shouldNotMeetTheRuleWhenTheFeedbackAsksForFurtherSupport() {
        ImprovementCase good = school().withPartnerAndPlan()
                .step(StepType.INSPECTION_ATTENDED, Details.OUTCOME, "Good", Details.FURTHER_SUPPORT, Details.YES)
                .build();

        assertThat(good.removalRuleMet()).isFalse();
        assertThat(RemovalRule.isMet("Requires improvement", false)).isFalse();
        assertThat(RemovalRule.isMet("Outstanding", false)).isTrue();
    }

    @Test
    void shouldRefuseCarryForwardOfASchoolNotListedLastYear() {
        assertThat(school().build().refusal(StepType.CARRY_FORWARD_REVIEWED)).isPresent();
        ImprovementCase carried = school().listedLastYear()
                .step(StepType.CARRY_FORWARD_REVIEWED, Details.DECISION, Details.PRIORITY).build();
        assertThat(carried.status()).isEqualTo(CaseStatus.PROPOSED);
        assertThat(carried.refusal(StepType.CARRY_FORWARD_REVIEWED)).isPresent();
        assertThat(carried.refusal(StepType.LIST_AGREED)).isEmpty();
    }

    @Test
    void shouldRefuseBoardRecommendationsThatDoNotFitTheList() {
        ImprovementCase notListed = school().build();
        assertThatThrownBy(() -> notListed.check(StepType.BOARD_RECOMMENDATION,
                Map.of(Details.RECOMMENDATION, "KEEP"), "why")).isInstanceOf(StepRefusedException.class);
        ImprovementCase listed = school().listed().build();
        assertThatThrownBy(() -> listed.check(StepType.BOARD_RECOMMENDATION,
                Map.of(Details.RECOMMENDATION, "ADD"), "why")).isInstanceOf(StepRefusedException.class);
    }

    @Test
    void shouldPutASelfReportedSchoolOnTheListWhenTheBoardAddsIt() {
        ImprovementCase added = school().step(StepType.SELF_REPORTED).recommended(Recommendation.ADD).build();

        assertThat(added.isListed()).isTrue();
        assertThat(added.needsBoard()).isFalse();
    }

    @Test
    void shouldShowOverdueActionsAndPlans() {
        ImprovementCase late = school().listed().build();
        assertThat(late.planOverdue(LocalDate.of(2035, 10, 27))).isTrue();
        assertThat(late.planOverdue(LocalDate.of(2035, 10, 25))).isFalse();

        ImprovementCase withAction = school().withPartnerAndPlan().step(StepType.ACTION_ADDED, Details.ACTION,
                "Governor training", Details.OWNER, "Chair", Details.DUE, "2035-11-01").build();
        assertThat(withAction.overdueActions(LocalDate.of(2035, 11, 2))).hasSize(1);
        long actionId = withAction.actions().get(0).id();
        ImprovementCase done = school().withPartnerAndPlan().step(StepType.ACTION_ADDED, Details.ACTION,
                "Governor training", Details.OWNER, "Chair", Details.DUE, "2035-11-01")
                .step(StepType.ACTION_UPDATED, Details.ACTION, Long.toString(actionId), Details.STATUS, "DONE")
                .build();
        assertThat(done.overdueActions(LocalDate.of(2035, 11, 2))).isEmpty();
    }

    @Test
    void shouldOfferOnlyTheStepsTheCycleAllowsNext() {
        assertThat(school().build().nextSteps()).contains(StepType.SELF_REPORTED, StepType.BOARD_RECOMMENDATION)
                .doesNotContain(StepType.PLAN_AGREED, StepType.REMOVED, StepType.DCS_DECISION);
        assertThat(school().withPartnerAndPlan().build().nextSteps())
                .contains(StepType.ACTION_ADDED, StepType.PARTNER_VISIT, StepType.PROGRESS_REVIEWED)
                .doesNotContain(StepType.LIST_AGREED, StepType.WARNING_NOTICE_ISSUED, StepType.COMPLIANCE_REVIEWED);
    }

    @Test
    void shouldOrderPrioritiesOfstedFirstThenLowestQuartile() {
        var reasons = java.util.List.of(
                new PlanPriorities.Reason("persistent-absence-high", "Persistent absence", "concern, weight 1",
                        "Absence is high"),
                new PlanPriorities.Reason("ks2-attainment-lowest-quartile", "Key stage 2 attainment in the lowest "
                        + "quarter", "concern, weight 2", "KS2 is in the lowest quarter"),
                new PlanPriorities.Reason("ofsted-requires-improvement", "RI", "category: Causing concern: Ofsted",
                        "The latest inspection judged RI"));

        assertThat(PlanPriorities.order(reasons, "Causing concern: Ofsted")).containsExactly(
                "The latest inspection judged RI", "KS2 is in the lowest quarter", "Absence is high");
    }

    /** Issue 12, item 7: a withdrawn step stays on the timeline and stops counting; only the latest may be. */
    @Test
    void shouldStopCountingAWithdrawnStepAndOfferOnlyTheLatestThatCountsForWithdrawal() {
        ImprovementCase planned = school().withPartnerAndPlan().build();
        assertThat(planned.withdrawable()).hasValueSatisfying(step -> assertThat(step.type())
                .isEqualTo(StepType.PLAN_AGREED));

        ImprovementCase withdrawn = school().withPartnerAndPlan()
                .step(StepType.STEP_WITHDRAWN, Details.WITHDRAWN_EVENT, "4").build();

        assertThat(withdrawn.events()).hasSize(5);
        assertThat(withdrawn.isWithdrawn(withdrawn.events().get(3))).isTrue();
        assertThat(withdrawn.refusal(StepType.ACTION_ADDED)).isPresent();
        assertThat(withdrawn.refusal(StepType.PLAN_AGREED)).isEmpty();
        assertThat(withdrawn.withdrawable()).hasValueSatisfying(step -> assertThat(step.type())
                .isEqualTo(StepType.PARTNER_ALLOCATED));

        ImprovementCase partnerGone = school().withPartnerAndPlan()
                .step(StepType.STEP_WITHDRAWN, Details.WITHDRAWN_EVENT, "4")
                .step(StepType.STEP_WITHDRAWN, Details.WITHDRAWN_EVENT, "3").build();
        assertThat(partnerGone.partner()).isEmpty();
        assertThat(partnerGone.refusal(StepType.PLAN_AGREED)).hasValueSatisfying(refusal -> assertThat(refusal)
                .contains("Allocate a priority partner"));
        // Agreeing the list is the council's for the whole list: never withdrawn one school at a time.
        assertThat(partnerGone.withdrawable()).isEmpty();
        assertThat(partnerGone.refusal(StepType.STEP_WITHDRAWN)).isPresent();
        assertThatThrownBy(() -> planned.check(StepType.STEP_WITHDRAWN, java.util.Map.of(Details.WITHDRAWN_EVENT, "3"),
                "Wrong step")).isInstanceOf(StepRefusedException.class).hasMessageContaining("Only the latest step");
        assertThatThrownBy(() -> planned.check(StepType.STEP_WITHDRAWN, java.util.Map.of(Details.WITHDRAWN_EVENT, "4"),
                " ")).isInstanceOf(StepRefusedException.class).hasMessageContaining("Say why");
    }

    /** Issue 12, item 5: taken off the proposed list, a school is not proposed and does not hold up the agreement. */
    @Test
    void shouldTakeASchoolOffTheProposedListAndPutItBack() {
        ImprovementCase proposed = school().proposedAsFirstTimeVulnerable().build();
        assertThat(proposed.refusal(StepType.LIST_AGREED)).isPresent();
        assertThat(proposed.refusal(StepType.PUT_BACK_ON_PROPOSED_LIST)).isPresent();
        for (String saysNothing : new String[] {"", "x", "not needed", "ok ok"}) {
            assertThatThrownBy(() -> proposed.check(StepType.TAKEN_OFF_PROPOSED_LIST, Map.of(), saysNothing))
                    .isInstanceOf(StepRefusedException.class).hasMessageContaining("at least 3 words");
        }
        proposed.check(StepType.TAKEN_OFF_PROPOSED_LIST, Map.of(), "The head has a new deputy");

        ImprovementCase takenOff = school().proposedAsFirstTimeVulnerable().step(StepType.TAKEN_OFF_PROPOSED_LIST)
                .build();
        assertThat(takenOff.status()).isEqualTo(CaseStatus.TAKEN_OFF);
        assertThat(takenOff.takenOff()).hasValueSatisfying(step -> assertThat(step.id()).isEqualTo(2));
        assertThat(takenOff.needsBoard()).isFalse();
        assertThat(takenOff.refusal(StepType.VULNERABILITY_VISIT)).isPresent();
        assertThat(takenOff.refusal(StepType.TAKEN_OFF_PROPOSED_LIST)).isPresent();
        assertThat(takenOff.nextSteps()).contains(StepType.PUT_BACK_ON_PROPOSED_LIST, StepType.SELF_REPORTED);

        ImprovementCase putBack = school().proposedAsFirstTimeVulnerable().step(StepType.TAKEN_OFF_PROPOSED_LIST)
                .step(StepType.PUT_BACK_ON_PROPOSED_LIST).build();
        assertThat(putBack.status()).isEqualTo(CaseStatus.PROPOSED);
        assertThat(putBack.takenOff()).isEmpty();
        assertThat(putBack.refusal(StepType.LIST_AGREED)).hasValueSatisfying(refusal -> assertThat(refusal)
                .contains("record the visit"));

        // On the agreed list, a school is no longer taken off the proposed list: the board recommends removal.
        assertThat(school().listed().build().refusal(StepType.TAKEN_OFF_PROPOSED_LIST)).isPresent();
    }
}
