package org.schoolscope.governance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.governance.domain.Appointment;
import org.schoolscope.governance.domain.Clerk;
import org.schoolscope.governance.domain.GovernorCategory;
import org.schoolscope.governance.domain.Interest;
import org.schoolscope.governance.domain.PersonName;
import org.schoolscope.governance.domain.PersonRecord;
import org.schoolscope.governance.domain.Training;
import org.schoolscope.governance.domain.Vacancy;
import org.schoolscope.governance.domain.WebsiteCheck;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The governance register's tables. Every read takes the moment it reads as at ({@code :at}): records made later,
 * and matches confirmed later, do not count, so a run reproduced later reads the register as it stood.
 */
@Repository
public class GovernanceStore {

    /**
     * Each person record with the person it belongs to: itself, or the person an officer confirmed it is, followed
     * through later confirmations (a record merged into one that was itself merged).
     */
    static final String PEOPLE = """
            with recursive people(record_id, person_id) as (
                select p.id, p.id from governor_person p
                where p.recorded_at <= :at and not exists (
                    select 1 from governor_match_decision d
                    where d.person_id = p.id and d.same_person and d.decided_at <= :at)
                union all
                select d.person_id, people.person_id from governor_match_decision d
                join people on people.record_id = d.other_id
                where d.same_person and d.decided_at <= :at)
            """;

    private static final String APPOINTMENTS = PEOPLE + """
            select a.id, people.person_id, p.full_name, a.urn, a.category, a.appointing_body, a.term_start,
                a.term_end, a.source, a.recorded_at,
                case when e.recorded_at <= :at then e.ended_on end as ended_on,
                case when e.recorded_at <= :at then e.reason end as end_reason
            from governor_appointment a
            join people on people.record_id = a.person_id
            join governor_person p on p.id = a.person_id
            left join governor_appointment_end e on e.appointment_id = a.id
            where a.recorded_at <= :at""";

    private final JdbcClient jdbc;
    private final VisibleSchools visible;

    GovernanceStore(JdbcClient jdbc, VisibleSchools visible) {
        this.jdbc = jdbc;
        this.visible = visible;
    }

    public long addPerson(String fullName, String email, String postcode, String source, String actor, Instant at) {
        return jdbc.sql("""
                insert into governor_person (full_name, name_key, email, postcode, source, recorded_by, recorded_at)
                values (:name, :key, :email, :postcode, :source, :actor, :at) returning id""")
                .param("name", fullName.strip()).param("key", PersonName.key(fullName))
                .param("email", email == null ? "" : email.strip())
                .param("postcode", postcode == null ? "" : postcode.strip().toUpperCase(java.util.Locale.ROOT))
                .param("source", source).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    public void decide(long recordId, long otherId, boolean samePerson, String reason, String actor, Instant at) {
        jdbc.sql("""
                insert into governor_match_decision (person_id, other_id, same_person, reason, decided_by, decided_at)
                values (:record, :other, :same, :reason, :actor, :at)""")
                .param("record", recordId).param("other", otherId).param("same", samePerson).param("reason", reason)
                .param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    /** The person a record belongs to now. */
    public Optional<Long> personOf(long recordId, Instant at) {
        return jdbc.sql(PEOPLE + "select person_id from people where record_id = :record").param("at", ts(at))
                .param("record", recordId).query(Long.class).optional();
    }

    /** Every record of every person, as at the moment, with the person each belongs to. */
    public List<PersonRecord> records(Instant at) {
        return jdbc.sql(PEOPLE + """
                select p.id, people.person_id, p.full_name, p.email, p.postcode, p.source, p.recorded_by,
                    p.recorded_at
                from governor_person p join people on people.record_id = p.id order by p.id""")
                .param("at", ts(at)).query(GovernanceStore::record).list();
    }

    public List<PersonRecord> recordsOf(long personId, Instant at) {
        return records(at).stream().filter(record -> record.personId() == personId).toList();
    }

    /** Pairs of records an officer has already said are different people, either way round. */
    public List<long[]> rejectedPairs() {
        return jdbc.sql("select person_id, other_id from governor_match_decision where not same_person")
                .query((row, number) -> new long[] {row.getLong(1), row.getLong(2)}).list();
    }

    public long addAppointment(long recordId, Urn urn, GovernorCategory category, String appointingBody,
            LocalDate termStart, LocalDate termEnd, String source, String actor, Instant at) {
        return jdbc.sql("""
                insert into governor_appointment (person_id, urn, category, appointing_body, term_start, term_end,
                    source, recorded_by, recorded_at)
                values (:person, :urn, :category, :body, :start, :end, :source, :actor, :at) returning id""")
                .param("person", recordId).param("urn", urn.value()).param("category", category.name())
                .param("body", appointingBody).param("start", termStart).param("end", termEnd)
                .param("source", source).param("actor", actor).param("at", ts(at)).query(Long.class).single();
    }

    public void endAppointment(long appointmentId, LocalDate endedOn, String reason, String actor, Instant at) {
        jdbc.sql("""
                insert into governor_appointment_end (appointment_id, ended_on, reason, recorded_by, recorded_at)
                values (:id, :on, :reason, :actor, :at)""").param("id", appointmentId).param("on", endedOn)
                .param("reason", reason).param("actor", actor).param("at", ts(at)).update();
    }

    /** The school's appointments, for the page: nothing for a school the viewer may not see. */
    public List<Appointment> appointmentsAt(Urn urn, Instant at) {
        return visible.bind(jdbc.sql(APPOINTMENTS + " and a.urn = :urn and " + visible.clause("a.urn")
                + " order by a.term_start, a.id")).param("at", ts(at)).param("urn", urn.value())
                .query(GovernanceStore::appointment).list();
    }

    /** Every appointment on record as at the moment, for the council's view and the facts a run reads. */
    public List<Appointment> allAppointments(Instant at) {
        return jdbc.sql(APPOINTMENTS + " order by a.urn, a.term_start, a.id").param("at", ts(at))
                .query(GovernanceStore::appointment).list();
    }

    public List<Appointment> appointmentsOf(long personId, Instant at) {
        return allAppointments(at).stream().filter(appointment -> appointment.personId() == personId).toList();
    }

    public Optional<Appointment> appointment(long id, Instant at) {
        return jdbc.sql(APPOINTMENTS + " and a.id = :id").param("at", ts(at)).param("id", id)
                .query(GovernanceStore::appointment).optional();
    }

    public long addVacancy(Urn urn, GovernorCategory category, LocalDate openedOn, String actor, Instant at) {
        return jdbc.sql("""
                insert into governor_vacancy (urn, category, opened_on, recorded_by, recorded_at)
                values (:urn, :category, :on, :actor, :at) returning id""").param("urn", urn.value())
                .param("category", category.name()).param("on", openedOn).param("actor", actor).param("at", ts(at))
                .query(Long.class).single();
    }

    public void fillVacancy(long vacancyId, LocalDate filledOn, String actor, Instant at) {
        jdbc.sql("""
                insert into governor_vacancy_filled (vacancy_id, filled_on, recorded_by, recorded_at)
                values (:id, :on, :actor, :at)""").param("id", vacancyId).param("on", filledOn)
                .param("actor", actor).param("at", ts(at)).update();
    }

    /** Vacancies recorded by the moment, with their fill where recorded by then; of one school, or all when null. */
    public List<Vacancy> vacancies(Urn urn, Instant at) {
        return jdbc.sql("""
                select v.id, v.urn, v.category, v.opened_on,
                    case when f.recorded_at <= :at then f.filled_on end as filled_on
                from governor_vacancy v left join governor_vacancy_filled f on f.vacancy_id = v.id
                where v.recorded_at <= :at and (cast(:urn as integer) is null or v.urn = cast(:urn as integer))
                order by v.urn, v.opened_on, v.id""").param("at", ts(at))
                .param("urn", urn == null ? null : urn.value())
                .query((row, number) -> new Vacancy(row.getLong("id"), new Urn(row.getInt("urn")),
                        GovernorCategory.valueOf(row.getString("category")),
                        row.getObject("opened_on", LocalDate.class), row.getObject("filled_on", LocalDate.class)))
                .list();
    }

    public void addRole(Urn urn, String role, long appointmentId, LocalDate fromOn, String actor, Instant at) {
        jdbc.sql("""
                insert into governing_body_role (urn, role, appointment_id, from_on, recorded_by, recorded_at)
                values (:urn, :role, :appointment, :on, :actor, :at)""").param("urn", urn.value())
                .param("role", role).param("appointment", appointmentId).param("on", fromOn).param("actor", actor)
                .param("at", ts(at)).update();
    }

    /** The appointment holding each role (CHAIR, VICE_CHAIR) at the school on the day, as at the moment. */
    public Map<String, Long> roles(Urn urn, LocalDate on, Instant at) {
        Map<String, Long> roles = new HashMap<>();
        jdbc.sql("""
                select distinct on (role) role, appointment_id from governing_body_role
                where urn = :urn and from_on <= :on and recorded_at <= :at
                order by role, from_on desc, id desc""").param("urn", urn.value()).param("on", on)
                .param("at", ts(at)).query(row -> {
                    roles.put(row.getString("role"), row.getLong("appointment_id"));
                });
        return roles;
    }

    public void addClerk(Urn urn, String name, String email, LocalDate fromOn, String actor, Instant at) {
        jdbc.sql("""
                insert into governing_body_clerk (urn, name, email, from_on, recorded_by, recorded_at)
                values (:urn, :name, :email, :on, :actor, :at)""").param("urn", urn.value())
                .param("name", name.strip()).param("email", email == null ? "" : email.strip()).param("on", fromOn)
                .param("actor", actor).param("at", ts(at)).update();
    }

    public Optional<Clerk> clerk(Urn urn, LocalDate on, Instant at) {
        return jdbc.sql("""
                select name, email, from_on from governing_body_clerk
                where urn = :urn and from_on <= :on and recorded_at <= :at order by from_on desc, id desc limit 1""")
                .param("urn", urn.value()).param("on", on).param("at", ts(at))
                .query((row, number) -> new Clerk(row.getString("name"), row.getString("email"),
                        row.getObject("from_on", LocalDate.class)))
                .optional();
    }

    public void addWebsiteCheck(Urn urn, LocalDate checkedOn, boolean published, String note, String actor,
            Instant at) {
        jdbc.sql("""
                insert into governing_body_website_check (urn, checked_on, published, note, checked_by, checked_at)
                values (:urn, :on, :published, :note, :actor, :at)""").param("urn", urn.value())
                .param("on", checkedOn).param("published", published).param("note", note == null ? "" : note.strip())
                .param("actor", actor).param("at", ts(at)).update();
    }

    /** Each school's latest website check made by the day, as at the moment. */
    public Map<Urn, WebsiteCheck> latestChecks(LocalDate on, Instant at) {
        Map<Urn, WebsiteCheck> checks = new HashMap<>();
        jdbc.sql("""
                select distinct on (urn) urn, checked_on, published, note, checked_by
                from governing_body_website_check where checked_on <= :on and checked_at <= :at
                order by urn, checked_on desc, id desc""").param("on", on).param("at", ts(at)).query(row -> {
                    checks.put(new Urn(row.getInt("urn")), new WebsiteCheck(row.getObject("checked_on",
                            LocalDate.class), row.getBoolean("published"), row.getString("note"),
                            row.getString("checked_by")));
                });
        return checks;
    }

    public void addInterest(long recordId, Urn urn, Interest.Kind kind, String description, LocalDate declaredOn,
            String actor, Instant at) {
        jdbc.sql("""
                insert into governor_interest (person_id, urn, kind, description, declared_on, recorded_by,
                    recorded_at)
                values (:person, :urn, :kind, :description, :on, :actor, :at)""").param("person", recordId)
                .param("urn", urn == null ? null : urn.value()).param("kind", kind.name())
                .param("description", description.strip()).param("on", declaredOn).param("actor", actor)
                .param("at", ts(at)).update();
    }

    public List<Interest> interests(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, kind, description, declared_on, urn, recorded_by from governor_interest
                where person_id in (:ids) order by declared_on, id""").param("ids", List.copyOf(recordIds))
                .query((row, number) -> new Interest(row.getLong("id"), Interest.Kind.valueOf(row.getString("kind")),
                        row.getString("description"), row.getObject("declared_on", LocalDate.class),
                        row.getObject("urn") == null ? null : new Urn(row.getInt("urn")), row.getString("recorded_by")))
                .list();
    }

    public void addTraining(long recordId, String course, LocalDate completedOn, String actor, Instant at) {
        jdbc.sql("""
                insert into governor_training (person_id, course, completed_on, recorded_by, recorded_at)
                values (:person, :course, :on, :actor, :at)""").param("person", recordId)
                .param("course", course.strip()).param("on", completedOn).param("actor", actor).param("at", ts(at))
                .update();
    }

    public List<Training> training(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, course, completed_on, recorded_by from governor_training where person_id in (:ids)
                order by completed_on, id""").param("ids", List.copyOf(recordIds))
                .query((row, number) -> new Training(row.getLong("id"), row.getString("course"),
                        row.getObject("completed_on", LocalDate.class), row.getString("recorded_by")))
                .list();
    }

    /** Whether this file's content was imported before, and when and by whom. */
    public Optional<String> importedBefore(String sha256) {
        return jdbc.sql("select imported_by || ', ' || to_char(imported_at, 'DD Mon YYYY') from governor_import "
                + "where sha256 = :sha").param("sha", sha256).query(String.class).optional();
    }

    public void addImport(String fileName, String sha256, int rows, int added, int unchanged, String actor,
            Instant at) {
        jdbc.sql("""
                insert into governor_import (file_name, sha256, rows_read, added, unchanged, imported_by, imported_at)
                values (:name, :sha, :rows, :added, :unchanged, :actor, :at)""").param("name", fileName)
                .param("sha", sha256).param("rows", rows).param("added", added).param("unchanged", unchanged)
                .param("actor", actor).param("at", ts(at)).update();
    }

    /** People whose every appointment stopped before the day, with the day the last one stopped. */
    public Map<Long, LocalDate> peopleLastServingBefore(LocalDate before, Instant at) {
        Map<Long, LocalDate> last = new HashMap<>();
        Map<Long, Boolean> open = new HashMap<>();
        for (Appointment appointment : allAppointments(at)) {
            LocalDate stopped = appointment.lastDay();
            if (stopped == null) {
                open.put(appointment.personId(), true);
            } else {
                last.merge(appointment.personId(), stopped, (one, other) -> one.isAfter(other) ? one : other);
            }
        }
        Map<Long, LocalDate> expired = new HashMap<>();
        last.forEach((person, day) -> {
            if (!open.containsKey(person) && day.isBefore(before)) {
                expired.put(person, day);
            }
        });
        return expired;
    }

    /** The period declared in the database for governors' records, as years, months and days. */
    public java.time.Period retentionPeriod() {
        return jdbc.sql("""
                select date_part('year', kept_for)::int, date_part('month', kept_for)::int,
                    date_part('day', kept_for)::int
                from governor_retention""")
                .query((row, number) -> java.time.Period.of(row.getInt(1), row.getInt(2), row.getInt(3)))
                .optional().orElseThrow(() -> new IllegalStateException("No retention period is declared for governors"));
    }

    /**
     * Removes every record of these people through the schema owner's remove_expired_governors, which removes only
     * those whose appointments all stopped more than the declared period ago and audits each; returns the people
     * removed.
     */
    public List<Long> removePeople(Collection<Long> personIds, String removedBy) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from remove_expired_governors(cast(:ids as bigint[]), :by)")
                .param("ids", personIds.toArray(Long[]::new)).param("by", removedBy).query(Long.class).list();
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static PersonRecord record(ResultSet row, int number) throws SQLException {
        return new PersonRecord(row.getLong("id"), row.getLong("person_id"), row.getString("full_name"),
                row.getString("email"), row.getString("postcode"), row.getString("source"),
                row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant());
    }

    private static Appointment appointment(ResultSet row, int number) throws SQLException {
        return new Appointment(row.getLong("id"), row.getLong("person_id"), row.getString("full_name"),
                new Urn(row.getInt("urn")), GovernorCategory.valueOf(row.getString("category")),
                row.getString("appointing_body"), row.getObject("term_start", LocalDate.class),
                row.getObject("term_end", LocalDate.class), row.getString("source"),
                row.getTimestamp("recorded_at").toInstant(), row.getObject("ended_on", LocalDate.class),
                row.getString("end_reason"));
    }
}
