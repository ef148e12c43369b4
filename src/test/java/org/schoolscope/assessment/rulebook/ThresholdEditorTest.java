package org.schoolscope.assessment.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.domain.Parameter;
import org.schoolscope.assessment.domain.Rulebook;

class ThresholdEditorTest {

    @Test
    void shouldChangeAFixedThresholdAndKeepTheCommentsAroundIt() {
        String changed = ThresholdEditor.apply(DefaultRulebook.text(), Map.of("graded_inspection_due_months", 36.0));

        Rulebook rulebook = RulebookYaml.read(changed);
        assertThat(rulebook.parameters()).contains(new Parameter.Fixed("graded_inspection_due_months", 36));
        assertThat(changed).contains("  graded_inspection_due_months: 36\n")
                .contains("# Ofsted aims to inspect a good school about every four years");
        assertThat(changed.lines().count()).isEqualTo(DefaultRulebook.text().lines().count());
    }

    @Test
    void shouldWriteAQuartileMovedToAnotherCutOffAsAPercentileOfTheSameMeasureAndGrouping() {
        String changed = ThresholdEditor.apply(DefaultRulebook.text(), Map.of("lowest_quartile_ks2_rwm", 40.0));

        assertThat(RulebookYaml.read(changed).parameters()).contains(new Parameter.Percentile(
                "lowest_quartile_ks2_rwm", "ks2.rwm_expected", 40, Set.of(Parameter.Grouping.PHASE)));
    }

    @Test
    void shouldLeaveTheTextAsItIsWhenNoThresholdChanges() {
        assertThat(ThresholdEditor.apply(DefaultRulebook.text(), Map.of("graded_inspection_due_months", 48.0)))
                .isEqualTo(DefaultRulebook.text());
    }

    @Test
    void shouldRefuseAThresholdWrittenOverSeveralLinesNamingIt() {
        String yaml = DefaultRulebook.text().replace("  large_ks2_disadvantaged_gap: 25",
                "  large_ks2_disadvantaged_gap:\n    25");

        assertThatThrownBy(() -> ThresholdEditor.apply(yaml, Map.of("large_ks2_disadvantaged_gap", 30.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$large_ks2_disadvantaged_gap");
    }
}
