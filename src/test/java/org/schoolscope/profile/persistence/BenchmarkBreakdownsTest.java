package org.schoolscope.profile.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkBreakdownsTest {

    @Test
    void shouldPreferThePrimaryBenchmarkForAPrimarySchoolThenAllSchools() {
        assertThat(BenchmarkBreakdowns.forSchool("Primary", "Community school"))
                .containsExactly("State-funded primary", "");
    }

    @Test
    void shouldTreatASpecialSchoolAsSpecialWhateverItsPhase() {
        assertThat(BenchmarkBreakdowns.forSchool("Not applicable", "Community special school"))
                .containsExactly("State-funded special school", "Special", "");
    }

    @Test
    void shouldCompareAnAllThroughSchoolWithSecondarySchools() {
        assertThat(BenchmarkBreakdowns.forSchool("All-through", "Academy converter"))
                .containsExactly("State-funded secondary", "");
    }

    @Test
    void shouldFallBackToAllSchoolsWhenThePhaseIsUnknown() {
        assertThat(BenchmarkBreakdowns.forSchool(null, null)).containsExactly("");
    }
}
