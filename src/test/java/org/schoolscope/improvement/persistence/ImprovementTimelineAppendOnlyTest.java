package org.schoolscope.improvement.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.StepInput;
import org.schoolscope.improvement.domain.ImprovementEvent;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline cannot be altered or deleted through the database connection the application uses: its role holds
 * no UPDATE, DELETE or TRUNCATE on it (and the trigger behind that refuses them to anyone, see
 * org.schoolscope.database.AppendOnlyTablesTest), so a recorded step stays exactly as it was.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
class ImprovementTimelineAppendOnlyTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImprovementCycle cycle;

    @Test
    void shouldRefuseToUpdateDeleteOrTruncateTheTimeline() {
        Urn school = jdbc.sql("select urn from school where responsible_body = 'LOCAL_AUTHORITY' order by urn desc "
                + "limit 1").query((row, number) -> new Urn(row.getInt(1))).single();
        ImprovementEvent recorded = cycle.record(school, new AcademicYear(2060), StepType.SELF_REPORTED,
                new StepInput("The head reported a vulnerability", "", Map.of()), "officer");

        assertThatThrownBy(() -> jdbc.sql("update improvement_event set why = 'changed' where id = :id")
                .param("id", recorded.id()).update()).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from improvement_event where id = :id")
                .param("id", recorded.id()).update()).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate improvement_event").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        long meeting = cycle.scheduleBoard(new AcademicYear(2060), java.time.LocalDate.of(2060, 10, 1), "officer").id();
        assertThatThrownBy(() -> jdbc.sql("delete from improvement_board_meeting where id = :id")
                .param("id", meeting).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");

        assertThat(cycle.caseOf(school, new AcademicYear(2060), org.schoolscope.access.ViewerScope.system()).events())
                .singleElement().satisfies(event -> {
                    assertThat(event.why()).isEqualTo("The head reported a vulnerability");
                    assertThat(event.actor()).isEqualTo("officer");
                });
    }
}
