package org.schoolscope.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private final Suppression belowFive = new Suppression(5);

    @Test
    void shouldShowSmallCountsAndTheirRatesAsC() {
        assertThat(belowFive.count(0)).isEqualTo("0");
        assertThat(belowFive.count(4)).isEqualTo("c");
        assertThat(belowFive.count(5)).isEqualTo("5");
        assertThat(belowFive.count(1234)).isEqualTo("1,234");
        assertThat(belowFive.rate(3, 200, 1.5)).isEqualTo("c");
        assertThat(belowFive.rate(30, 4, 100)).isEqualTo("c");
        assertThat(belowFive.rate(30, 200, 15)).isEqualTo("15.0%");
        assertThat(belowFive.sessionRate(3, 91.234)).isEqualTo("c");
        assertThat(belowFive.sessionRate(30, 91.234)).isEqualTo("91.2%");
    }
}
