package org.schoolscope.improvement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12, item 7: what happened is not dated beyond today plus the horizon; a notice gives time to comply. */
class StepDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void shouldRefuseAVisitInMayRecordedInDecember() {
        assertThat(StepDates.refusal(StepType.PARTNER_VISIT, Map.of(Details.VISIT_DATE, "2027-05-12"), TODAY, 0))
                .contains("The partner's visit is dated 12 May 2027, which has not come yet: record it once it has"
                        + " happened.");
        assertThat(StepDates.refusal(StepType.INSPECTION_ATTENDED, Map.of(Details.INSPECTION_DATE, "2026-12-04"),
                TODAY, 0)).isPresent();
    }

    @Test
    void shouldAcceptTodayThePastAndWhatTheHorizonAllows() {
        assertThat(StepDates.refusal(StepType.VULNERABILITY_VISIT, Map.of(Details.VISIT_DATE, "2026-12-03"), TODAY,
                0)).isEmpty();
        assertThat(StepDates.refusal(StepType.CONCERN_MEETING, Map.of(Details.VISIT_DATE, "2025-01-31"), TODAY, 0))
                .isEmpty();
        assertThat(StepDates.refusal(StepType.ESCALATION, Map.of(Details.VISIT_DATE, "2026-12-10"), TODAY, 7))
                .isEmpty();
        assertThat(StepDates.refusal(StepType.ESCALATION, Map.of(Details.VISIT_DATE, "2026-12-11"), TODAY, 7))
                .isPresent();
    }

    @Test
    void shouldGiveTheSchoolTimeToComplyWithANotice() {
        assertThat(StepDates.refusal(StepType.WARNING_NOTICE_ISSUED, Map.of(Details.COMPLY_BY, "2026-12-03"), TODAY,
                0)).contains("The compliance date (3 December 2026) must be after the day the notice is issued"
                        + " (3 December 2026).");
        assertThat(StepDates.refusal(StepType.WARNING_NOTICE_ISSUED, Map.of(Details.COMPLY_BY, "2027-01-29"), TODAY,
                0)).isEmpty();
    }

    @Test
    void shouldRefuseARecommendationFromAMeetingNotYetHeld() {
        assertThat(StepDates.meetingRefusal(LocalDate.of(2027, 2, 3), TODAY, 0)).contains("The board meeting on 3"
                + " February 2027 has not taken place yet, so it cannot have made a recommendation.");
        assertThat(StepDates.meetingRefusal(TODAY, TODAY, 0)).isEmpty();
    }
}
