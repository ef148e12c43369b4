package org.schoolscope.scorecard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The status rule of each kind of target, over tables written by hand: the value, England's, the earlier values,
 * the polarity, and the status and sentence expected.
 */
class StatusRulesTest {

    @ParameterizedTest(name = "{0} {1} against England {2}, tolerance {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            higher | 47    | 54   | 1 | RED   | Red: 47.0% against a target of the England average, 54.0%, in 2015-16.
            higher | 53.2  | 54   | 1 | AMBER | Amber: 53.2% against a target of the England average, 54.0%, in 2015-16, missing it by no more than the tolerance of 1 percentage point.
            higher | 54    | 54   | 1 | GREEN | Green: 54.0% against a target of the England average, 54.0%, in 2015-16: the target is met.
            higher | 57    | 54   | 0 | GREEN | Green: 57.0% against a target of the England average, 54.0%, in 2015-16: the target is met.
            higher | 53.96 | 54   | 0 | GREEN | Green: 54.0% against a target of the England average, 54.0%, in 2015-16: the target is met.
            lower  | 12.21 | 10.5 | 1 | RED   | Red: 12.2% against a target of the England average, 10.5%, in 2015-16.
            lower  | 11.2  | 10.5 | 1 | AMBER | Amber: 11.2% against a target of the England average, 10.5%, in 2015-16, missing it by no more than the tolerance of 1 percentage point.
            lower  | 11.2  | 10.5 | 0 | RED   | Red: 11.2% against a target of the England average, 10.5%, in 2015-16.
            lower  | 10.4  | 10.5 | 0 | GREEN | Green: 10.4% against a target of the England average, 10.5%, in 2015-16: the target is met.
            """)
    void shouldJudgeAgainstTheEnglandAverageByPolarityAndTolerance(String polarity, String value, String england,
            String tolerance, Status status, String sentence) {
        Indicator indicator = indicator(polarity, Indicator.Unit.PERCENT, 1,
                new Target.NationalAverage(new BigDecimal(tolerance)));

        Judgement judgement = StatusRules.judge(indicator, new StatusRules.Observation("2015-16", true,
                new BigDecimal(value), new BigDecimal(england), List.of()));

        assertThat(judgement.status()).isEqualTo(status);
        assertThat(judgement.explanation()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0} {1} against {2}, tolerance {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            higher | 98.4 | 99 | 1   | FY2016-17 | AMBER | Amber: 98.4% against a target of 99% in the 2016-17 financial year, missing it by no more than the tolerance of 1 percentage point.
            higher | 97.1 | 99 | 1   | CY2016    | RED   | Red: 97.1% against a target of 99% in 2016.
            higher | 99.5 | 99 | 1   | CY2016    | GREEN | Green: 99.5% against a target of 99% in 2016: the target is met.
            lower  | 2.7  | 3  | 0.5 | FY2016-17 | GREEN | Green: 2.7% against a target of 3% in the 2016-17 financial year: the target is met.
            lower  | 3.4  | 3  | 0.5 | FY2016-17 | AMBER | Amber: 3.4% against a target of 3% in the 2016-17 financial year, missing it by no more than the tolerance of 0.5 percentage points.
            lower  | 3.6  | 3  | 0.5 | FY2016-17 | RED   | Red: 3.6% against a target of 3% in the 2016-17 financial year.
            """)
    void shouldJudgeAgainstAValueWithATolerance(String polarity, String value, String target, String tolerance,
            String period, Status status, String sentence) {
        Indicator indicator = indicator(polarity, Indicator.Unit.PERCENT, 1,
                new Target.Value(new BigDecimal(target), new BigDecimal(tolerance)));

        Judgement judgement = StatusRules.judge(indicator, new StatusRules.Observation(period, true,
                new BigDecimal(value), null, List.of()));

        assertThat(judgement.status()).isEqualTo(status);
        assertThat(judgement.explanation()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0} {1} against zero: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            higher | -1.00 | RED   | Red: -1.00 against a target of 0 in 2015-16.
            higher | 0     | GREEN | Green: 0.00 against a target of 0 in 2015-16: the target is met.
            higher | 0.33  | GREEN | Green: 0.33 against a target of 0 in 2015-16: the target is met.
            higher | -0.004| GREEN | Green: 0.00 against a target of 0 in 2015-16: the target is met.
            lower  | 0.01  | RED   | Red: 0.01 against a target of 0 in 2015-16.
            """)
    void shouldJudgeAgainstZero(String polarity, String value, Status status, String sentence) {
        Indicator indicator = indicator(polarity, Indicator.Unit.SCORE, 2, new Target.Zero(BigDecimal.ZERO));

        Judgement judgement = StatusRules.judge(indicator, new StatusRules.Observation("2015-16", true,
                new BigDecimal(value), null, List.of()));

        assertThat(judgement.status()).isEqualTo(status);
        assertThat(judgement.explanation()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0} trend over {1}: {3} after {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            reducing  | 2 | 0.07495 0.08222         | 0.08836 | RED   | Red: 0.09% against a target of a reducing trend over 2 years in 2017-18, up from 0.08% in 2016-17.
            reducing  | 2 | 0.08836 0.07622         | 0.03585 | GREEN | Green: 0.04% against a target of a reducing trend over 2 years in 2017-18, down from 0.08% in 2016-17.
            reducing  | 3 | 0.07495 0.09000         | 0.08000 | RED   | Red: 0.08% against a target of a reducing trend over 3 years in 2017-18, up from 0.07% in 2015-16.
            increasing| 2 | 0.05 0.05               | 0.05    | AMBER | Amber: 0.05% against a target of an increasing trend over 2 years in 2017-18, unchanged from 0.05% in 2016-17.
            improving | 3 | 0.05 -                  | 0.06    | GREEN | Green: 0.06% against a target of an improving trend over 3 years in 2017-18, up from 0.05% in 2015-16.
            """)
    void shouldJudgeATrendOverTheLastPeriodsWithAFigure(String direction, int periods, String earlier,
            String value, Status status, String sentence) {
        Indicator indicator = indicator("higher", Indicator.Unit.PERCENT, 2,
                new Target.Trend(Target.Direction.valueOf(direction.trim().toUpperCase()), periods));
        List<Point> points = new ArrayList<>();
        String[] values = earlier.trim().split(" ");
        String[] years = {"2015-16", "2016-17"};
        for (int i = 0; i < values.length; i++) {
            points.add(new Point(years[i], values[i].equals("-") ? null : new BigDecimal(values[i])));
        }

        Judgement judgement = StatusRules.judge(indicator, new StatusRules.Observation("2017-18", true,
                new BigDecimal(value), null, points));

        assertThat(judgement.status()).isEqualTo(status);
        assertThat(judgement.explanation()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no figure on record     | false | -    | 54 | No status: no figure is on record for 2015-16.
            a figure not available  | true  | -    | 54 | No status: the figure for 2015-16 is not available.
            no England figure       | true  | 47   | -  | No status: 47% in 2015-16, but no England figure for 2015-16 is on record to compare it with.
            """)
    void shouldGiveNoStatusWithoutWhatTheRuleNeeds(String what, boolean recorded, String value, String england,
            String sentence) {
        Indicator indicator = indicator("higher", Indicator.Unit.PERCENT, 0, new Target.NationalAverage(null));

        Judgement judgement = StatusRules.judge(indicator, new StatusRules.Observation("2015-16", recorded,
                value.equals("-") ? null : new BigDecimal(value), england.equals("-") ? null : new BigDecimal(england),
                List.of()));

        assertThat(judgement.status()).isEqualTo(Status.NONE);
        assertThat(judgement.explanation()).isEqualTo(sentence);
    }

    @org.junit.jupiter.api.Test
    void shouldSayAnOfficersIndicatorHasNoValueYetAndATargetToBeSetHasNoStatus() {
        Indicator entered = new Indicator("2", "Excluded children without a school place", "", "",
                Indicator.Polarity.LOWER, Indicator.Unit.NUMBER, 0, Indicator.PeriodType.FINANCIAL,
                new Target.Zero(null), new Indicator.Source.Officer());
        assertThat(StatusRules.judge(entered, new StatusRules.Observation("FY2016-17", false, null, null, List.of()))
                .explanation()).isEqualTo("No status: this indicator is entered by an officer, and no value is"
                        + " entered for the 2016-17 financial year yet.");

        Indicator tbc = indicator("higher", Indicator.Unit.PERCENT, 0, new Target.None());
        Judgement judgement = StatusRules.judge(tbc, new StatusRules.Observation("2015-16", true,
                new BigDecimal("80"), null, List.of()));
        assertThat(judgement.status()).isEqualTo(Status.NONE);
        assertThat(judgement.explanation()).isEqualTo("No status: 80% in 2015-16; no target is set yet.");
    }

    private static Indicator indicator(String polarity, Indicator.Unit unit, int decimals, Target target) {
        return new Indicator("7", "An indicator", "", "", Indicator.Polarity.valueOf(polarity.trim().toUpperCase()),
                unit, decimals, Indicator.PeriodType.ACADEMIC, target, new Indicator.Source.Series("lait.X"));
    }
}
