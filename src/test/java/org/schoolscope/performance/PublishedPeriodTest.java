package org.schoolscope.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolscope.shared.AcademicYear;

/** How the periods DfE's LAIT and NEET files write are stored; every spelling here is one the published files use. */
class PublishedPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2016, ACADEMIC, 2015-16, FINAL",
            "2015/16, ACADEMIC, 2015-16, FINAL",
            "2015-16, ACADEMIC, 2015-16, FINAL",
            "2018 (Rev), ACADEMIC, 2017-18, REVISED",
            "2020 (Final), ACADEMIC, 2019-20, FINAL",
            "2025 (prov), ACADEMIC, 2024-25, PROVISIONAL",
            "2016, FINANCIAL, FY2015-16, FINAL",
            "2016-17, FINANCIAL, FY2016-17, FINAL",
            "2016-17 (OT), FINANCIAL, FY2016-17, FINAL",
            "2013/14-15/16, FINANCIAL, FY2013-14 to FY2015-16, FINAL",
            "2016, CALENDAR, CY2016, FINAL",
            "2014-16, CALENDAR, CY2014 to CY2016, FINAL",
            "2016, YEAR_TO_SEPTEMBER, YE Sep 2016, FINAL"})
    void shouldStoreEachPeriodByItsYearType(String years, PublishedPeriod.Type type, String text, String stage) {
        PublishedPeriod period = PublishedPeriod.of(years, type);

        assertThat(period.text()).isEqualTo(text);
        assertThat(period.releaseStage()).isEqualTo(stage);
    }

    @ParameterizedTest
    @CsvSource({"2016, FINANCIAL", "2016-17, FINANCIAL", "2016, CALENDAR", "2014-16, CALENDAR",
            "2013/14-15/16, FINANCIAL", "2016, YEAR_TO_SEPTEMBER"})
    void shouldNeverWriteAnotherPeriodSoThatItReadsAsAnAcademicYear(String years, PublishedPeriod.Type type) {
        String text = PublishedPeriod.of(years, type).text();

        assertThat(text).doesNotMatch("[0-9]{4}-[0-9]{2}").matches("[A-Z].*");
        // Letters sort after every academic year, which is written with digits first.
        assertThat(text.compareTo(new AcademicYear(2099).toString())).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"0, ACADEMIC", "2016-18, FINANCIAL", "2016-18, ACADEMIC", "2016 (OK), ACADEMIC", "16, ACADEMIC",
            "2016-17, YEAR_TO_SEPTEMBER"})
    void shouldRefuseWhatIsNoPeriodOfTheType(String years, PublishedPeriod.Type type) {
        assertThatThrownBy(() -> PublishedPeriod.of(years, type)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(years);
    }
}
