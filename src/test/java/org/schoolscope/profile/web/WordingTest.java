package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schoolscope.profile.read.GradedOutcome;
import org.schoolscope.profile.read.InspectionFramework;
import org.schoolscope.profile.read.Measure;
import org.schoolscope.profile.read.PublishedFigure;
import org.springframework.context.support.ResourceBundleMessageSource;

class WordingTest {

    final Wording wording = new Wording(messages());

    @Test
    void shouldPutEachEraOfOutcomeIntoWords() {
        LocalDate day = LocalDate.of(2023, 1, 1);
        assertThat(wording.latestOutcome(Optional.of(new GradedOutcome(InspectionFramework.SINGLE_GRADE, 4, "SWK",
                null, day)))).isEqualTo("Inadequate (Serious weaknesses)");
        assertThat(wording.latestOutcome(Optional.of(new GradedOutcome(InspectionFramework.KEY_JUDGEMENTS, null, null,
                "EFFECTIVE", day)))).isEqualTo("Key judgements, no overall grade");
        assertThat(wording.latestOutcome(Optional.of(new GradedOutcome(InspectionFramework.REPORT_CARD, null, null,
                "NOT_MET", day)))).isEqualTo("Report card, safeguarding not met");
        assertThat(wording.latestOutcome(Optional.empty())).isEqualTo("No graded inspection recorded");
    }

    @Test
    void shouldShowCodesItDoesNotKnowAsReadableWords() {
        assertThat(wording.area("CULTURE_AND_ETHOS")).isEqualTo("Culture and ethos");
        assertThat(wording.grade("Good")).isEqualTo("Good");
        assertThat(wording.grade("URGENT_IMPROVEMENT")).isEqualTo("Urgent improvement");
    }

    @Test
    void shouldShowFiguresInTheirUnitAndNeverTurnAMissingFigureIntoZero() {
        Measure percent = new Measure("P", "Percent", "PERCENT", true, "Topic");
        Measure count = new Measure("C", "Count", "COUNT", true, "Topic");
        assertThat(wording.figure(figure(new BigDecimal("64.50"), null), percent)).isEqualTo("64.5%");
        assertThat(wording.figure(figure(new BigDecimal("1234"), null), count)).isEqualTo("1,234");
        assertThat(wording.figure(figure(null, "Suppressed: small numbers"), count))
                .isEqualTo("Not available: Suppressed: small numbers");
    }

    private static PublishedFigure figure(BigDecimal value, String unavailable) {
        return new PublishedFigure(value, null, unavailable, "raw", "", "file.csv", 1);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
