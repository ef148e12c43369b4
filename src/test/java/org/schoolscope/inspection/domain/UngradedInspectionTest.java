package org.schoolscope.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UngradedInspectionTest {

    private static final InspectionFacts JULY_2023 = InspectionFixture.factsOn(LocalDate.of(2023, 7, 4));

    @Test
    void shouldKeepTheOutcomeAsPublishedAndNoticeConcerns() {
        UngradedInspection concerns = new UngradedInspection(JULY_2023, "School remains Good (Concerns) - S5 Next",
                false);
        assertThat(concerns.framework()).isEqualTo(Framework.UNGRADED);
        assertThat(concerns.isGraded()).isFalse();
        assertThat(concerns.raisedConcerns()).isTrue();
        assertThat(concerns.headline()).isEqualTo("School remains Good (Concerns) - S5 Next");
        assertThat(new UngradedInspection(JULY_2023, "School remains Good", false).raisedConcerns()).isFalse();
    }

    @Test
    void shouldSayWhenItConvertedToAGradedInspection() {
        UngradedInspection converted = new UngradedInspection(JULY_2023, " ", true);
        assertThat(converted.outcome()).isNull();
        assertThat(converted.headline()).isEqualTo("Ungraded inspection (converted to a graded inspection)");
        assertThat(converted.key().value()).isEqualTo("UNGRADED:90000101");
    }
}
