package org.schoolscope.casework.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.casework.domain.CaseCategory;
import org.schoolscope.casework.domain.CaseEvent;
import org.schoolscope.casework.domain.CaseFile;
import org.schoolscope.casework.domain.CaseKind;
import org.schoolscope.casework.domain.Channel;
import org.schoolscope.casework.domain.Party;
import org.schoolscope.casework.domain.Relationship;
import org.schoolscope.casework.domain.StepKind;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases and their timelines. Who raised a case is decided here, in SQL, once: {@link #PARTY} gives the name, contact
 * and relationship to a viewer holding the case-worker role and "Protected" to every other, so nothing downstream
 * (pages, exports, the assessment's facts) can show what it never received.
 */
@Repository
public class CaseStore {

    /** The identity of who raised the case, for the viewer's roles ({@code :roles}). */
    static final String PARTY = """
            case when p.case_id is null then 'No longer held'
                 when p.anonymous then 'Anonymous'
                 when 'CASE_WORKER' = any(cast(:roles as text[])) then p.name
                 else 'Protected' end as raised_by,
            case when p.case_id is null or p.anonymous then ''
                 when 'CASE_WORKER' = any(cast(:roles as text[])) then p.contact
                 else 'Protected' end as contact,
            case when p.case_id is null then ''
                 when 'CASE_WORKER' = any(cast(:roles as text[])) then p.relationship
                 else 'Protected' end as relationship""";

    /**
     * The roles that may read a case at all (its summary, timeline and schools), with who raised it protected from
     * all but case workers. Headteachers and partners are not among them, since a concern may be about them, nor
     * analysts, who read counts only; the query returns no case to them, whatever a route allows.
     */
    public static final Set<Role> CASE_READERS = Set.copyOf(EnumSet.of(Role.CASE_WORKER, Role.OFFICER, Role.ADMIN,
            Role.DCS, Role.SAFEGUARDING_OFFICER));

    private static final String READER = " and cast(:roles as text[]) && cast(:readers as text[])";

    private final JdbcClient jdbc;
    private final VisibleSchools visible;

    CaseStore(JdbcClient jdbc, VisibleSchools visible) {
        this.jdbc = jdbc;
        this.visible = visible;
    }

    /** Logs a case with its schools and who raised it; returns its id. */
    public long add(CaseKind kind, Channel channel, CaseCategory category, LocalDate receivedOn, String summary,
            int acknowledgeWithin, int respondWithin, Collection<Urn> schools, boolean anonymous, String name,
            String contact, Relationship relationship, String actor, Instant at) {
        long number = jdbc.sql("select nextval('casework_reference')").query(Long.class).single();
        String reference = String.format("CW-%d-%04d", receivedOn.getYear(), number);
        long id = jdbc.sql("""
                insert into casework_case (reference, kind, channel, category, received_on, summary,
                    acknowledge_within, respond_within, logged_by, logged_at)
                values (:reference, :kind, :channel, :category, :received, :summary, :acknowledge, :respond, :actor,
                    :at) returning id""")
                .param("reference", reference).param("kind", kind.name()).param("channel", channel.name())
                .param("category", category.name()).param("received", receivedOn).param("summary", summary.strip())
                .param("acknowledge", acknowledgeWithin).param("respond", respondWithin).param("actor", actor)
                .param("at", Timestamp.from(at)).query(Long.class).single();
        for (Urn urn : schools) {
            jdbc.sql("insert into casework_case_school (case_id, urn) values (:id, :urn)").param("id", id)
                    .param("urn", urn.value()).update();
        }
        jdbc.sql("""
                insert into casework_party (case_id, received_on, anonymous, name, contact, relationship, recorded_by,
                    recorded_at)
                values (:id, :received, :anonymous, :name, :contact, :relationship, :actor, :at)""")
                .param("id", id).param("received", receivedOn).param("anonymous", anonymous).param("name", anonymous ? "" : name.strip())
                .param("contact", anonymous || contact == null ? "" : contact.strip())
                .param("relationship", relationship.name()).param("actor", actor).param("at", Timestamp.from(at))
                .update();
        return id;
    }

    public void addEvent(long caseId, StepKind kind, LocalDate on, String detail, String value, String actor,
            Instant at) {
        jdbc.sql("""
                insert into casework_event (case_id, kind, occurred_on, detail, value, actor, recorded_at)
                values (:id, :kind, :on, :detail, :value, :actor, :at)""")
                .param("id", caseId).param("kind", kind.name()).param("on", on)
                .param("detail", detail == null ? "" : detail.strip()).param("value", value == null ? "" : value)
                .param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    /** One case as the viewer may see it. */
    public Optional<CaseFile> find(long id, Set<Role> viewer) {
        return cases("c.id = :id", viewer, Map.of("id", id), true).stream().findFirst();
    }

    /** Every case the viewer may see, most recently received first. */
    public List<CaseFile> all(Set<Role> viewer) {
        return cases("true", viewer, Map.of(), true);
    }

    /**
     * One case with who raised it protected, for the service's own checks before a case worker's step; not for
     * showing to anyone, so no reader's role is asked.
     */
    public Optional<CaseFile> forCheck(long id) {
        return cases("c.id = :id", Set.of(), Map.of("id", id), true, false).stream().findFirst();
    }

    /** Every case with who raised it protected, for the report's counts, which name no one. */
    public List<CaseFile> forCounts() {
        return cases("true", Set.of(), Map.of(), true, false);
    }

    /** Cases logged by the moment, with their steps recorded by then, for the facts a run reads: no identity. */
    public List<CaseFile> loggedBy(Instant moment) {
        // Facts are about every school, whoever started the run: no viewer's scope, and no viewer's roles.
        return cases("c.logged_at <= :moment", Set.of(), Map.of("moment", Timestamp.from(moment)), false).stream()
                .map(file -> new CaseFile(file.id(), file.reference(), file.kind(), file.channel(), file.category(),
                        file.receivedOn(), file.summary(), file.acknowledgeWithin(), file.respondWithin(),
                        file.schools(), file.party(), file.loggedBy(), file.loggedAt(),
                        file.events().stream().filter(event -> !event.recordedAt().isAfter(moment)).toList()))
                .toList();
    }

    private List<CaseFile> cases(String where, Set<Role> viewer, Map<String, Object> params, boolean scoped) {
        return cases(where, viewer, params, scoped, scoped);
    }

    private List<CaseFile> cases(String where, Set<Role> viewer, Map<String, Object> params, boolean scoped,
            boolean readersOnly) {
        String[] roles = viewer.stream().map(Role::name).toArray(String[]::new);
        ViewerScope scope = visible.viewer(scoped);
        JdbcClient.StatementSpec query = jdbc.sql("""
                select c.id, c.reference, c.kind, c.channel, c.category, c.received_on, c.summary,
                    c.acknowledge_within, c.respond_within, c.logged_by, c.logged_at,
                """ + PARTY + """

                from casework_case c left join casework_party p on p.case_id = c.id
                where\s""" + where + " and " + VisibleSchools.clause(scope) + (readersOnly ? READER : "") + """

                order by c.received_on desc, c.id desc""");
        JdbcClient.StatementSpec spec = scope.bind(query)
                .param("roles", roles).param("readers", CASE_READERS.stream().map(Role::name).toArray(String[]::new));
        for (Map.Entry<String, Object> param : params.entrySet()) {
            spec = spec.param(param.getKey(), param.getValue());
        }
        List<Object[]> rows = spec.query((row, number) -> header(row)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, List<Urn>> schools = new HashMap<>();
        jdbc.sql("select case_id, urn from casework_case_school where case_id in (:ids) order by urn")
                .param("ids", ids).query(row -> {
                    schools.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new Urn(row.getInt(2)));
                });
        Map<Long, List<CaseEvent>> events = new HashMap<>();
        jdbc.sql("""
                select id, case_id, kind, occurred_on, detail, value, actor, recorded_at from casework_event
                where case_id in (:ids) order by occurred_on, id""").param("ids", ids).query(row -> {
                    events.computeIfAbsent(row.getLong("case_id"), id -> new ArrayList<>()).add(new CaseEvent(
                            row.getLong("id"), StepKind.valueOf(row.getString("kind")),
                            row.getObject("occurred_on", LocalDate.class), row.getString("detail"),
                            row.getString("value"), row.getString("actor"),
                            row.getTimestamp("recorded_at").toInstant()));
                });
        List<CaseFile> files = new ArrayList<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            files.add(new CaseFile(id, (String) row[1], CaseKind.valueOf((String) row[2]),
                    Channel.valueOf((String) row[3]), CaseCategory.valueOf((String) row[4]), (LocalDate) row[5],
                    (String) row[6], (Integer) row[7], (Integer) row[8], schools.getOrDefault(id, List.of()),
                    (Party) row[11], (String) row[9], (Instant) row[10], events.getOrDefault(id, List.of())));
        }
        return files;
    }

    private static Object[] header(ResultSet row) throws SQLException {
        return new Object[] {row.getLong("id"), row.getString("reference"), row.getString("kind"),
                row.getString("channel"), row.getString("category"), row.getObject("received_on", LocalDate.class),
                row.getString("summary"), row.getInt("acknowledge_within"), row.getInt("respond_within"),
                row.getString("logged_by"), row.getTimestamp("logged_at").toInstant(),
                new Party(row.getString("raised_by"), row.getString("contact"), row.getString("relationship"))};
    }

    /** A closed case whose identity is still held: the day it was received and the day it closed. */
    public record HeldIdentity(long caseId, String reference, LocalDate receivedOn, LocalDate closedOn) {
    }

    public List<HeldIdentity> closedWithIdentity() {
        return jdbc.sql("""
                select c.id, c.reference, p.received_on, e.occurred_on from casework_case c
                join casework_party p on p.case_id = c.id
                join casework_event e on e.case_id = c.id and e.kind = 'CLOSED'
                order by c.id""").query((row, number) -> new HeldIdentity(row.getLong(1), row.getString(2),
                        row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * Removes who raised these cases through the schema owner's remove_expired_records, which removes only those
     * whose period, declared in the database, has ended and audits each; returns the cases whose identity went.
     */
    public List<Long> removeIdentities(Collection<Long> caseIds, String removedBy) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from remove_expired_records('casework-identity', cast(:ids as bigint[]), :by)")
                .param("ids", caseIds.toArray(Long[]::new)).param("by", removedBy).query(Long.class).list();
    }

    public String reference(long id) {
        return jdbc.sql("select reference from casework_case where id = :id").param("id", id).query(String.class)
                .optional().orElse("");
    }
}
