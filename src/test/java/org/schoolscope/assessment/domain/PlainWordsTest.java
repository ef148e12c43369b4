package org.schoolscope.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names, files and dates as a person reads them; every expected text written here by hand. */
class PlainWordsTest {

    @Test
    void shouldNameAThresholdInWords() {
        assertThat(PlainWords.threshold("graded_inspection_due_months")).isEqualTo("the graded inspection due months");
        assertThat(PlainWords.threshold("lowest_quartile_ks4_attainment8"))
                .isEqualTo("the lowest quartile key stage 4 Attainment 8");
    }

    @Test
    void shouldGiveThePublishersTitleOfAFileAndWriteItsDatesOut() {
        assertThat(PlainWords.source("Ofsted graded inspection starting 2023-03-28, "
                + "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv"))
                .isEqualTo("Ofsted graded inspection starting 28 March 2023, Ofsted's state-funded schools "
                        + "inspections and outcomes as at 31 August 2023");
        assertThat(PlainWords.source("2018-2019_330_ks4provisional_birmingham.csv"))
                .isEqualTo("DfE's key stage 4 performance tables 2018 to 2019, provisional");
        assertThat(PlainWords.source("2018-2019_330_abs_birmingham.csv"))
                .isEqualTo("DfE's pupil absence in schools 2018 to 2019");
        assertThat(PlainWords.source("soft intelligence recorded by officer.one")).isEqualTo(
                "soft intelligence recorded by officer.one");
        assertThat(PlainWords.fileTitle("unknown_layout.csv")).isEqualTo("a published file");
    }
}
