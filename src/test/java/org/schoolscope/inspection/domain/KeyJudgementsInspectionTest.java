package org.schoolscope.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyJudgementsInspectionTest {

    private static final InspectionFacts OCTOBER_2024 = InspectionFixture.factsOn(LocalDate.of(2024, 10, 15));

    private static Map<KeyJudgementArea, OverallEffectiveness> fourJudgements(OverallEffectiveness leadership) {
        Map<KeyJudgementArea, OverallEffectiveness> judgements = new EnumMap<>(KeyJudgementArea.class);
        judgements.put(KeyJudgementArea.QUALITY_OF_EDUCATION, OverallEffectiveness.GOOD);
        judgements.put(KeyJudgementArea.BEHAVIOUR_AND_ATTITUDES, OverallEffectiveness.GOOD);
        judgements.put(KeyJudgementArea.PERSONAL_DEVELOPMENT, OverallEffectiveness.OUTSTANDING);
        judgements.put(KeyJudgementArea.LEADERSHIP_AND_MANAGEMENT, leadership);
        return judgements;
    }

    @Test
    void shouldHaveNoOverallGradeButEachKeyJudgement() {
        KeyJudgementsInspection inspection = new KeyJudgementsInspection(OCTOBER_2024,
                fourJudgements(OverallEffectiveness.REQUIRES_IMPROVEMENT), null, Safeguarding.EFFECTIVE);
        assertThat(inspection.framework()).isEqualTo(Framework.KEY_JUDGEMENTS);
        assertThat(inspection.headline()).isEqualTo("Quality of education: Good; Behaviour and attitudes: Good; "
                + "Personal development: Outstanding; Leadership and management: Requires improvement");
    }

    @Test
    void shouldRequireTheFourKeyJudgementsButNotEarlyYearsOrSixthForm() {
        Map<KeyJudgementArea, OverallEffectiveness> three = fourJudgements(OverallEffectiveness.GOOD);
        three.remove(KeyJudgementArea.PERSONAL_DEVELOPMENT);
        assertThatIllegalArgumentException().isThrownBy(
                () -> new KeyJudgementsInspection(OCTOBER_2024, three, null, Safeguarding.EFFECTIVE))
                .withMessageContaining("PERSONAL_DEVELOPMENT");
        assertThat(KeyJudgementArea.EARLY_YEARS.isWhereApplicable()).isTrue();
        assertThat(KeyJudgementArea.QUALITY_OF_EDUCATION.isWhereApplicable()).isFalse();
    }

    @Test
    void shouldRequireASafeguardingJudgementOfItsEra() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyJudgementsInspection(OCTOBER_2024,
                fourJudgements(OverallEffectiveness.GOOD), null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyJudgementsInspection(OCTOBER_2024,
                fourJudgements(OverallEffectiveness.GOOD), null, Safeguarding.NOT_MET));
    }

    @Test
    void shouldStillAllowACategoryOfConcern() {
        KeyJudgementsInspection inspection = new KeyJudgementsInspection(OCTOBER_2024,
                fourJudgements(OverallEffectiveness.INADEQUATE), CategoryOfConcern.SERIOUS_WEAKNESSES,
                Safeguarding.EFFECTIVE);
        assertThat(inspection.headline()).endsWith("(serious weaknesses)");
    }
}
