package org.schoolscope.improvement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/** Builds a school's timeline step by step for the state machine's tests; no real school's figures. */
final class CaseFixture {

    static final Urn URN = new Urn(999001);
    static final AcademicYear YEAR = new AcademicYear(2035);

    private final List<ImprovementEvent> events = new ArrayList<>();
    private boolean listedLastYear;

    static CaseFixture school() {
        return new CaseFixture();
    }

    CaseFixture listedLastYear() {
        listedLastYear = true;
        return this;
    }

    CaseFixture step(StepType type, String... keysAndValues) {
        Map<String, String> payload = new HashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            payload.put(keysAndValues[index], keysAndValues[index + 1]);
        }
        events.add(new ImprovementEvent(events.size() + 1, URN, YEAR, type, "tester",
                Instant.parse("2035-09-10T10:00:00Z").plusSeconds(events.size()), type.name(), "because", "", payload));
        return this;
    }

    CaseFixture proposedInOfstedCategory() {
        return step(StepType.PROPOSED, Details.CATEGORY, "Causing concern: Ofsted", Details.FIRST_TIME_VULNERABLE,
                Details.NO, Details.PRIORITIES, "Improve the Ofsted outcome\nKey stage 2 attainment");
    }

    CaseFixture proposedAsFirstTimeVulnerable() {
        return step(StepType.PROPOSED, Details.CATEGORY, "Vulnerable", Details.FIRST_TIME_VULNERABLE, Details.YES);
    }

    CaseFixture listed() {
        return proposedInOfstedCategory().step(StepType.LIST_AGREED, Details.PLAN_DUE, "2035-10-26");
    }

    CaseFixture withPartnerAndPlan() {
        return listed().step(StepType.PARTNER_ALLOCATED, Details.PARTNER, "A. Partner")
                .step(StepType.PLAN_AGREED, Details.PRIORITIES, "One", Details.SUPPORT, "Coaching");
    }

    CaseFixture recommended(Recommendation recommendation) {
        return step(StepType.BOARD_RECOMMENDATION, Details.RECOMMENDATION, recommendation.name());
    }

    ImprovementCase build() {
        return ImprovementCase.of(URN, YEAR, events, listedLastYear);
    }
}
