package org.schoolscope.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCardInspectionTest {

    private static final InspectionFacts NOVEMBER_2025 = InspectionFixture.factsOn(LocalDate.of(2025, 11, 18));

    private static Map<EvaluationArea, ReportCardGrade> sixAreas(ReportCardGrade grade) {
        Map<EvaluationArea, ReportCardGrade> areas = new EnumMap<>(EvaluationArea.class);
        for (EvaluationArea area : EvaluationArea.values()) {
            if (!area.isWhereApplicable()) {
                areas.put(area, grade);
            }
        }
        return areas;
    }

    @Test
    void shouldEvaluateEveryAreaAndSaySafeguardingIsMet() {
        Map<EvaluationArea, ReportCardGrade> areas = sixAreas(ReportCardGrade.EXPECTED_STANDARD);
        areas.put(EvaluationArea.EARLY_YEARS, ReportCardGrade.STRONG_STANDARD);
        ReportCardInspection card = new ReportCardInspection(NOVEMBER_2025, areas, Safeguarding.MET, null);
        assertThat(card.framework()).isEqualTo(Framework.REPORT_CARD);
        assertThat(card.evaluations()).hasSize(7).doesNotContainKey(EvaluationArea.SIXTH_FORM);
        assertThat(card.headline()).startsWith("Inclusion: Expected standard; Curriculum and teaching: ")
                .contains("Early years: Strong standard").endsWith("; safeguarding met");
    }

    @Test
    void shouldRequireEachAlwaysEvaluatedArea() {
        Map<EvaluationArea, ReportCardGrade> areas = sixAreas(ReportCardGrade.STRONG_STANDARD);
        areas.remove(EvaluationArea.INCLUSION);
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReportCardInspection(NOVEMBER_2025, areas, Safeguarding.MET, null))
                .withMessageContaining("INCLUSION");
    }

    @Test
    void shouldRefuseTheEffectiveOrNotWordingOfEarlierEras() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportCardInspection(NOVEMBER_2025,
                sixAreas(ReportCardGrade.EXCEPTIONAL), Safeguarding.EFFECTIVE, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportCardInspection(NOVEMBER_2025,
                sixAreas(ReportCardGrade.EXCEPTIONAL), null, null));
    }

    @Test
    void shouldKnowWhichGradesAreBelowTheExpectedStandard() {
        assertThat(ReportCardGrade.NEEDS_ATTENTION.isBelowExpected()).isTrue();
        assertThat(ReportCardGrade.URGENT_IMPROVEMENT.isBelowExpected()).isTrue();
        assertThat(ReportCardGrade.EXPECTED_STANDARD.isBelowExpected()).isFalse();
        assertThat(Safeguarding.NOT_MET.isSatisfactory()).isFalse();
        assertThat(Safeguarding.MET.isSatisfactory()).isTrue();
    }
}
