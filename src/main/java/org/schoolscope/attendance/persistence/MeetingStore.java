package org.schoolscope.attendance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.attendance.domain.Meeting;
import org.schoolscope.attendance.domain.Term;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Targeting meetings and their actions, append-only (the database refuses changes; see the migration). */
@Component
public class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new meeting's record; actions name enrolments. */
    public record NewMeeting(Urn urn, AcademicYear year, Term term, LocalDate heldOn, List<String> attendees,
            List<NewAction> actions) {
    }

    public record NewAction(int enrolmentId, String support, String owner) {
    }

    public long record(NewMeeting meeting, String recordedBy, Instant recordedAt) {
        long id = jdbc.sql("""
                insert into attendance_meeting (urn, academic_year, term, held_on, attendees, recorded_by, recorded_at)
                values (:urn, :year, :term, :held, :attendees, :by, :at) returning id""")
                .param("urn", meeting.urn().value()).param("year", meeting.year().toString())
                .param("term", meeting.term().name()).param("held", meeting.heldOn())
                .param("attendees", String.join("\n", meeting.attendees())).param("by", recordedBy)
                .param("at", Timestamp.from(recordedAt)).query(Long.class).single();
        for (NewAction action : meeting.actions()) {
            jdbc.sql("""
                    insert into attendance_meeting_action (meeting_id, enrolment_id, support, owner)
                    values (:meeting, :enrolment, :support, :owner)""")
                    .param("meeting", id).param("enrolment", action.enrolmentId()).param("support", action.support())
                    .param("owner", action.owner()).update();
        }
        return id;
    }

    /** The school's meetings in the year, oldest first, with their actions. */
    public List<Meeting> meetings(Urn urn, AcademicYear year) {
        Map<Long, Meeting> meetings = new LinkedHashMap<>();
        jdbc.sql("""
                select * from attendance_meeting where urn = :urn and academic_year = :year
                order by held_on, id""").param("urn", urn.value()).param("year", year.toString())
                .query(row -> {
                    meetings.put(row.getLong("id"), new Meeting(row.getLong("id"), urn, year,
                            Term.valueOf(row.getString("term")), row.getObject("held_on", LocalDate.class),
                            Arrays.asList(row.getString("attendees").split("\n")), row.getString("recorded_by"),
                            row.getTimestamp("recorded_at").toInstant(), List.of()));
                });
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Meeting.Action>> actions = new LinkedHashMap<>();
        jdbc.sql("select * from attendance_meeting_action where meeting_id = any(:ids) order by id")
                .param("ids", meetings.keySet().stream().mapToLong(Long::longValue).toArray())
                .query(row -> {
                    actions.computeIfAbsent(row.getLong("meeting_id"), id -> new ArrayList<>())
                            .add(new Meeting.Action(row.getLong("id"), row.getInt("enrolment_id"),
                                    row.getString("support"), row.getString("owner")));
                });
        return meetings.values().stream().map(meeting -> new Meeting(meeting.id(), meeting.urn(), meeting.year(),
                meeting.term(), meeting.heldOn(), meeting.attendees(), meeting.recordedBy(), meeting.recordedAt(),
                actions.getOrDefault(meeting.id(), List.of()))).toList();
    }

    /** For each school of the council, each term's meetings in the year: how many, and the latest date. */
    public record Held(Urn urn, Term term, int meetings, LocalDate latest) {
    }

    public List<Held> held(int laCode, AcademicYear year) {
        return jdbc.sql("""
                select m.urn, m.term, count(*) as meetings, max(m.held_on) as latest
                from attendance_meeting m join attendance_school s on s.urn = m.urn
                where s.la_code = :la and m.academic_year = :year group by m.urn, m.term""")
                .param("la", laCode).param("year", year.toString())
                .query((row, number) -> new Held(new Urn(row.getInt("urn")), Term.valueOf(row.getString("term")),
                        row.getInt("meetings"), row.getObject("latest", LocalDate.class)))
                .list();
    }
}
