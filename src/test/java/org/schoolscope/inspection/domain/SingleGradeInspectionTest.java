package org.schoolscope.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Urn;

class SingleGradeInspectionTest {

    private static final InspectionFacts MARCH_2019 = InspectionFixture.factsOn(LocalDate.of(2019, 3, 5));

    @Test
    void shouldSayTheOverallGradeAndCategoryInTheHeadline() {
        SingleGradeInspection inadequate = new SingleGradeInspection(MARCH_2019, OverallEffectiveness.INADEQUATE,
                CategoryOfConcern.SPECIAL_MEASURES, Map.of(), Safeguarding.NOT_EFFECTIVE);
        assertThat(inadequate.headline()).isEqualTo("Inadequate (special measures)");
        assertThat(inadequate.framework()).isEqualTo(Framework.SINGLE_GRADE);
        assertThat(inadequate.isGraded()).isTrue();
        assertThat(new SingleGradeInspection(MARCH_2019, OverallEffectiveness.GOOD, null, Map.of(), null).headline())
                .isEqualTo("Good");
    }

    @Test
    void shouldPlaceOnlyAnInadequateSchoolInACategory() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SingleGradeInspection(MARCH_2019,
                OverallEffectiveness.REQUIRES_IMPROVEMENT, CategoryOfConcern.SERIOUS_WEAKNESSES, Map.of(), null))
                .withMessageContaining("Only an Inadequate school");
    }

    @Test
    void shouldRefuseReportCardSafeguardingWords() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SingleGradeInspection(MARCH_2019,
                OverallEffectiveness.GOOD, null, Map.of(), Safeguarding.MET));
    }

    @Test
    void shouldKeepItsKeyJudgementsUnchangeable() {
        Map<KeyJudgementArea, OverallEffectiveness> judgements = new HashMap<>();
        judgements.put(KeyJudgementArea.QUALITY_OF_EDUCATION, OverallEffectiveness.GOOD);
        SingleGradeInspection inspection = new SingleGradeInspection(MARCH_2019, OverallEffectiveness.GOOD, null,
                judgements, Safeguarding.EFFECTIVE);
        judgements.put(KeyJudgementArea.SIXTH_FORM, OverallEffectiveness.INADEQUATE);
        assertThat(inspection.keyJudgements()).containsOnlyKeys(KeyJudgementArea.QUALITY_OF_EDUCATION);
    }

    @Test
    void shouldReadTheFourPointScale() {
        assertThat(OverallEffectiveness.ofGrade(3)).isEqualTo(OverallEffectiveness.REQUIRES_IMPROVEMENT);
        assertThat(OverallEffectiveness.ofGrade(3).isBelowGood()).isTrue();
        assertThat(OverallEffectiveness.GOOD.isBelowGood()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> OverallEffectiveness.ofGrade(9));
        assertThat(CategoryOfConcern.ofCode("NTI")).isEqualTo(CategoryOfConcern.NOTICE_TO_IMPROVE);
    }

    @Test
    void shouldKeyAnInspectionByNumberOrElseByKindAndDate() {
        assertThat(new SingleGradeInspection(MARCH_2019, OverallEffectiveness.GOOD, null, Map.of(), null).key())
                .isEqualTo(new InspectionKey("GRADED:90000101"));
        InspectionFacts dated = new InspectionFacts(new Urn(900001), null, null, null, LocalDate.of(2018, 3, 15),
                null, null, null);
        assertThat(new SingleGradeInspection(dated, OverallEffectiveness.GOOD, null, Map.of(), null).key().value())
                .isEqualTo("GRADED@2018-03-15");
        assertThat(dated.urnAtInspection()).isEqualTo(dated.urn());
        assertThat(dated.wasOfAPredecessor()).isFalse();
    }

    @Test
    void shouldRefuseAnInspectionThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InspectionFacts(new Urn(900001), "1", null,
                LocalDate.of(2019, 3, 5), LocalDate.of(2019, 3, 4), null, null, null));
    }
}
