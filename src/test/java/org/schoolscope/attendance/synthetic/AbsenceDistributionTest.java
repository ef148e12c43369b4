package org.schoolscope.attendance.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The spread of absence hits its three figures by construction, checked on evenly spaced quantiles. */
class AbsenceDistributionTest {

    @Test
    void shouldHaveThePublishedMeanAndSharesOverThresholds() {
        AbsenceDistribution spread = new AbsenceDistribution(0.0828, 0.2604, 0.0352, 380);
        int pupils = 100_000;
        double total = 0;
        int persistent = 0;
        int severe = 0;
        for (int k = 0; k < pupils; k++) {
            double rate = spread.rate((k + 0.5) / pupils);
            total += rate;
            int absent = spread.absentSessions(rate, 380);
            persistent += absent * 10 >= 380 ? 1 : 0;
            severe += absent * 2 >= 380 ? 1 : 0;
        }
        assertThat(total / pupils).isCloseTo(0.0828, within(0.0002));
        assertThat(spread.mean()).isCloseTo(0.0828, within(1e-9));
        assertThat(persistent / (double) pupils).isCloseTo(0.2604, within(0.0001));
        assertThat(severe / (double) pupils).isCloseTo(0.0352, within(0.0001));
    }

    @Test
    void shouldKeepAPupilOnTheSideOfTheThresholdTheirRateIsOnWhateverTheirSessions() {
        AbsenceDistribution spread = new AbsenceDistribution(0.06, 0.17, 0.012, 380);
        assertThat(spread.absentSessions(0.0990, 378)).isEqualTo(38);
        assertThat(spread.absentSessions(0.0986, 380)).isEqualTo(37);
        assertThat(spread.absentSessions(0.4980, 200)).isEqualTo(99);
        assertThat(spread.absentSessions(0.4990, 200)).isEqualTo(100);
    }
}
