package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AsAtDateTest {

    @Test
    void shouldReadTheDateInPublishedFileNames() {
        assertThat(AsAtDate.fromFileName(
                "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv"))
                .contains(LocalDate.of(2023, 8, 31));
        assertThat(AsAtDate.fromFileName("england_ofsted-schools_31_July_2018.xlsx"))
                .contains(LocalDate.of(2018, 7, 31));
        assertThat(AsAtDate.fromFileName("Management information - as at 30 September 2025.csv"))
                .contains(LocalDate.of(2025, 9, 30));
    }

    @Test
    void shouldFindNoDateInANameWithoutOne() {
        assertThat(AsAtDate.fromFileName("ofsted_latest.csv")).isEmpty();
        assertThat(AsAtDate.fromFileName("2018-2019_england_census.csv")).isEmpty();
    }
}
