package org.schoolscope.improvement.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.improvement.BoardMeeting;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** School Improvement Advisory Board meetings as scheduled; append-only like the timeline. */
@Component
public class BoardMeetingStore {

    private final JdbcClient jdbc;

    BoardMeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public BoardMeeting add(AcademicYear year, LocalDate date, String by, Instant at) {
        long id = jdbc.sql("""
                insert into improvement_board_meeting (academic_year, meeting_date, scheduled_by, scheduled_at)
                values (:year, :date, :by, :at) returning id""")
                .param("year", year.startYear()).param("date", date).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
        return new BoardMeeting(id, year, date, by);
    }

    public List<BoardMeeting> forYear(AcademicYear year) {
        return jdbc.sql("""
                select id, academic_year, meeting_date, scheduled_by from improvement_board_meeting
                where academic_year = :year order by meeting_date, id""").param("year", year.startYear())
                .query((row, number) -> new BoardMeeting(row.getLong("id"), new AcademicYear(row.getInt(2)),
                        row.getObject("meeting_date", LocalDate.class), row.getString("scheduled_by")))
                .list();
    }

    public Optional<BoardMeeting> find(long id) {
        return jdbc.sql("""
                select id, academic_year, meeting_date, scheduled_by from improvement_board_meeting
                where id = :id""").param("id", id)
                .query((row, number) -> new BoardMeeting(row.getLong("id"), new AcademicYear(row.getInt(2)),
                        row.getObject("meeting_date", LocalDate.class), row.getString("scheduled_by")))
                .optional();
    }
}
