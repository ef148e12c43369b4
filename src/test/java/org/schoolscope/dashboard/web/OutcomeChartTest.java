package org.schoolscope.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.dashboard.HeadlineMeasure;
import org.schoolscope.dashboard.HeadlineOutcome;
import org.schoolscope.dashboard.OutcomeYear;

/** The line chart's geometry, over values written here by hand (LAIT's KS2 RWM for Birmingham and England). */
class OutcomeChartTest {

    private static OutcomeYear year(String period, String council, String england) {
        return new OutcomeYear(period, council == null ? null : new BigDecimal(council),
                england == null ? null : new BigDecimal(england), null, null, "", "");
    }

    @Test
    void shouldBreakALineAtAYearWithNoFigureAndNameEachLineAtItsEndWithoutOverlap() {
        HeadlineOutcome outcome = new HeadlineOutcome(HeadlineMeasure.KS2_EXPECTED, true, List.of(
                year("2017-18", "61", "64"), year("2018-19", "62", "65"), year("2019-20", null, null),
                year("2020-21", null, null), year("2021-22", "58", "59"), year("2022-23", "59", "60")));

        OutcomeChart chart = OutcomeChart.of(outcome, "Birmingham");

        assertThat(chart.lines()).extracting(OutcomeChart.Line::name).containsExactly("Birmingham", "England");
        OutcomeChart.Line council = chart.lines().get(0);
        assertThat(council.path().split("M")).as("two runs of line, either side of the gap").hasSize(3);
        assertThat(council.points()).hasSize(4);
        assertThat(council.points().get(3).words()).isEqualTo("Birmingham, 2022-23: 59%");
        OutcomeChart.Line england = chart.lines().get(1);
        assertThat(england.points().get(3).y()).as("England's 60% is drawn above Birmingham's 59%")
                .isLessThan(council.points().get(3).y());
        assertThat(Math.abs(england.labelY() - council.labelY())).isGreaterThanOrEqualTo(OutcomeChart.LABEL_GAP);
        assertThat(chart.xTicks()).extracting(OutcomeChart.Tick::label).containsExactly("2017-18", "2018-19",
                "2019-20", "2020-21", "2021-22", "2022-23");
        assertThat(chart.yTicks()).allSatisfy(tick -> assertThat(tick.at()).isBetween(20.0, 290.0));
    }

    @Test
    void shouldDrawNothingWhenNoYearIsOnRecord() {
        assertThat(OutcomeChart.of(new HeadlineOutcome(HeadlineMeasure.NEET, false, List.of()), "Birmingham").empty())
                .isTrue();
    }
}
