package org.schoolscope.improvement.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.improvement.domain.ImprovementEvent;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline, append-only: steps are inserted and read, never changed (the table's trigger refuses UPDATE, DELETE
 * and TRUNCATE). The payload is kept as JSON built and read by PostgreSQL itself from two arrays.
 */
@Component
public class ImprovementEventStore {

    private static final String COLUMNS = """
            id, urn, academic_year, step, actor, occurred_at, what, why, evidence,
            array(select key from jsonb_each_text(payload) order by key) as payload_keys,
            array(select value from jsonb_each_text(payload) order by key) as payload_values""";

    private final JdbcClient jdbc;

    ImprovementEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the school's case for the year until the transaction ends, so two steps taken at once are checked one
     * after the other against the timeline.
     */
    public void lock(Urn urn, AcademicYear year) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", (long) year.startYear() * 1_000_000L + urn.value())
                .query(Object.class).list();
    }

    public ImprovementEvent append(Urn urn, AcademicYear year, StepType type, String actor, Instant at, String what,
            String why, String evidence, Map<String, String> payload) {
        Map<String, String> sorted = new TreeMap<>(payload);
        long id = jdbc.sql("""
                insert into improvement_event (urn, academic_year, step, actor, occurred_at, what, why, evidence,
                    payload)
                values (:urn, :year, :step, :actor, :at, :what, :why, :evidence,
                    jsonb_object(cast(:keys as text[]), cast(:values as text[])))
                returning id""")
                .param("urn", urn.value()).param("year", year.startYear()).param("step", type.name())
                .param("actor", actor).param("at", Timestamp.from(at)).param("what", what)
                .param("why", why == null ? "" : why).param("evidence", evidence == null ? "" : evidence)
                .param("keys", sorted.keySet().toArray(String[]::new))
                .param("values", sorted.values().toArray(String[]::new))
                .query(Long.class).single();
        return new ImprovementEvent(id, urn, year, type, actor, at, what, why, evidence, sorted);
    }

    public List<ImprovementEvent> forCase(Urn urn, AcademicYear year) {
        return jdbc.sql("select " + COLUMNS + " from improvement_event where urn = :urn and academic_year = :year "
                + "order by id").param("urn", urn.value()).param("year", year.startYear())
                .query(ImprovementEventStore::event).list();
    }

    /** The steps in the year of every school the viewer may see, by school, oldest step first. */
    public Map<Urn, List<ImprovementEvent>> forYear(AcademicYear year, ViewerScope viewer) {
        Map<Urn, List<ImprovementEvent>> bySchool = new LinkedHashMap<>();
        viewer.bind(jdbc.sql("select " + COLUMNS + " from improvement_event where academic_year = :year and "
                + viewer.schools("urn") + " order by urn, id"))
                .param("year", year.startYear()).query(ImprovementEventStore::event).list()
                .forEach(event -> bySchool.computeIfAbsent(event.urn(), urn -> new ArrayList<>()).add(event));
        return bySchool;
    }

    /**
     * The steps of each school the viewer may see in the school's latest year with steps (the case that stands
     * now), by school, oldest step first.
     */
    public Map<Urn, List<ImprovementEvent>> latestYearOfEachSchool(ViewerScope viewer) {
        Map<Urn, List<ImprovementEvent>> bySchool = new LinkedHashMap<>();
        viewer.bind(jdbc.sql("select " + COLUMNS + " from improvement_event e where " + viewer.schools("e.urn")
                + " and e.academic_year = (select max(l.academic_year) from improvement_event l where l.urn = e.urn)"
                + " order by e.urn, e.id"))
                .query(ImprovementEventStore::event).list()
                .forEach(event -> bySchool.computeIfAbsent(event.urn(), urn -> new ArrayList<>()).add(event));
        return bySchool;
    }

    /** When the year's list was first agreed, if it has been: a list agreement is never withdrawn. */
    public java.util.Optional<Instant> listAgreedAt(AcademicYear year) {
        return jdbc.sql("select min(occurred_at) from improvement_event where academic_year = :year and step = :step")
                .param("year", year.startYear()).param("step", StepType.LIST_AGREED.name())
                .query((row, number) -> row.getTimestamp(1)).optional()
                .flatMap(at -> java.util.Optional.ofNullable(at).map(Timestamp::toInstant));
    }

    /** The years in which the school has steps, latest first; none when the viewer may not see the school. */
    public List<AcademicYear> yearsOf(Urn urn, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select distinct academic_year from improvement_event where urn = :urn and "
                + viewer.schools("urn") + " order by academic_year desc")).param("urn", urn.value())
                .query((row, number) -> new AcademicYear(row.getInt(1))).list();
    }

    private static ImprovementEvent event(ResultSet row, int number) throws SQLException {
        String[] keys = strings(row.getArray("payload_keys"));
        String[] values = strings(row.getArray("payload_values"));
        Map<String, String> payload = new TreeMap<>();
        for (int index = 0; index < keys.length; index++) {
            payload.put(keys[index], values[index] == null ? "" : values[index]);
        }
        Timestamp at = row.getTimestamp("occurred_at");
        return new ImprovementEvent(row.getLong("id"), new Urn(row.getInt("urn")),
                new AcademicYear(row.getInt("academic_year")), StepType.valueOf(row.getString("step")),
                row.getString("actor"), at.toInstant(), row.getString("what"), row.getString("why"),
                row.getString("evidence"), payload);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
