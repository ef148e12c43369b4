package org.schoolscope.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.Urn;

class PriorityUrgencyTest {

    private static PriorityEntry entry(int urn, int severity, int score, Integer monthsSinceGraded) {
        SchoolResult result = new SchoolResult(1, Instant.parse("2026-11-23T10:00:00Z"), "test", 1, new Urn(urn),
                ResponsibleBody.LOCAL_AUTHORITY, "Category " + severity, "Category " + severity, score, List.of(),
                List.of());
        return new PriorityEntry(result, "School " + urn, severity, monthsSinceGraded);
    }

    private static List<Integer> ordered(PriorityEntry... entries) {
        List<PriorityEntry> list = new ArrayList<>(List.of(entries));
        list.sort(PriorityLists.URGENCY);
        return list.stream().map(entry -> entry.result().urn().value()).toList();
    }

    @Test
    void shouldPutTheMoreSevereCategoryFirstWhateverTheScore() {
        assertThat(ordered(entry(100001, 20, 9, 80), entry(100002, 40, 0, null))).containsExactly(100002, 100001);
    }

    @Test
    void shouldPutTheHigherScoreFirstWithinACategory() {
        assertThat(ordered(entry(100001, 20, 3, 80), entry(100002, 20, 5, null))).containsExactly(100002, 100001);
    }

    @Test
    void shouldPutTheLongerWaitSinceAGradedInspectionFirstAndAnUnknownWaitLast() {
        assertThat(ordered(entry(100001, 20, 3, null), entry(100002, 20, 3, 50), entry(100003, 20, 3, 70)))
                .containsExactly(100003, 100002, 100001);
    }
}
