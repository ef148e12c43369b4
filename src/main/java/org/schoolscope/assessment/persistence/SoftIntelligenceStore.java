package org.schoolscope.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.NewSoftIntelligenceNote;
import org.schoolscope.assessment.NoteSensitivity;
import org.schoolscope.assessment.SelfReport;
import org.schoolscope.assessment.SoftIntelligenceNote;
import org.schoolscope.assessment.SoftIntelligenceTopic;
import org.schoolscope.assessment.Withdrawal;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Soft-intelligence notes and self-reports with their withdrawals, append-only: the database refuses to change or
 * delete a row (see the migration), so a withdrawal is a row of its own.
 */
@Component
public class SoftIntelligenceStore {

    private final JdbcClient jdbc;
    private final SchoolRegister register;
    private final Clock clock;

    SoftIntelligenceStore(JdbcClient jdbc, SchoolRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.clock = clock;
    }

    /** The school's name in the register today, or empty when the register does not know the URN. */
    public Optional<String> schoolName(Urn urn) {
        return register.find(urn, LocalDate.now(clock)).map(school -> school.name() == null ? "" : school.name());
    }

    public long addNote(Urn urn, NewSoftIntelligenceNote note, String recordedBy, Instant recordedAt) {
        return jdbc.sql("""
                insert into soft_intelligence_note (urn, topic, learnt, source, sensitivity, noted_on, review_on,
                    leadership_crisis, recorded_by, recorded_at)
                values (:urn, :topic, :learnt, :source, :sensitivity, :notedOn, :reviewOn, :crisis, :by, :at)
                returning id""")
                .param("urn", urn.value()).param("topic", note.topic().name()).param("learnt", note.learnt().strip())
                .param("source", note.source().strip()).param("sensitivity", note.sensitivity().name())
                .param("notedOn", note.notedOn()).param("reviewOn", note.reviewOn())
                .param("crisis", note.leadershipCrisis()).param("by", recordedBy)
                .param("at", Timestamp.from(recordedAt)).query(Long.class).single();
    }

    public void withdrawNote(long noteId, String reason, String withdrawnBy, Instant withdrawnAt) {
        jdbc.sql("""
                insert into soft_intelligence_withdrawal (note_id, reason, withdrawn_by, withdrawn_at)
                values (:note, :reason, :by, :at)""")
                .param("note", noteId).param("reason", reason.strip()).param("by", withdrawnBy)
                .param("at", Timestamp.from(withdrawnAt)).update();
    }

    /**
     * Every note about the school the viewer may read, newest first, withdrawn ones included; none for a viewer
     * the access module does not let read notes about the school.
     */
    public List<SoftIntelligenceNote> notes(Urn urn, ViewerScope viewer) {
        return viewer.bind(jdbc.sql(NOTES + " where n.urn = :urn and " + viewer.notes("n.urn")
                + " order by n.noted_on desc, n.id desc")).param("urn", urn.value())
                .query(SoftIntelligenceStore::note).list();
    }

    /** One note, if it is about the school and the viewer may read it. */
    public Optional<SoftIntelligenceNote> note(Urn urn, long id, ViewerScope viewer) {
        return viewer.bind(jdbc.sql(NOTES + " where n.urn = :urn and n.id = :id and " + viewer.notes("n.urn")))
                .param("urn", urn.value()).param("id", id).query(SoftIntelligenceStore::note).optional();
    }

    /** Whether the viewer may read notes about the school, as the notes queries decide it. */
    public boolean mayReadNotes(Urn urn, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select " + viewer.notes("cast(:urn as integer)"))).param("urn", urn.value())
                .query(Boolean.class).single();
    }

    public long addSelfReport(Urn urn, String reason, LocalDate reportedOn, String reportedBy, String reportedAs,
            Instant recordedAt) {
        return jdbc.sql("""
                insert into self_report (urn, reason, reported_on, reported_by, reported_as, recorded_at)
                values (:urn, :reason, :on, :by, :as, :at) returning id""")
                .param("urn", urn.value()).param("reason", reason.strip()).param("on", reportedOn)
                .param("by", reportedBy).param("as", reportedAs).param("at", Timestamp.from(recordedAt))
                .query(Long.class).single();
    }

    public void withdrawSelfReport(long selfReportId, String reason, String withdrawnBy, Instant withdrawnAt) {
        jdbc.sql("""
                insert into self_report_withdrawal (self_report_id, reason, withdrawn_by, withdrawn_at)
                values (:report, :reason, :by, :at)""")
                .param("report", selfReportId).param("reason", reason.strip()).param("by", withdrawnBy)
                .param("at", Timestamp.from(withdrawnAt)).update();
    }

    /** Every self-report of the school, newest first, if the viewer may see the school. */
    public List<SelfReport> selfReports(Urn urn, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("""
                select r.id, r.urn, r.reason, r.reported_on, r.reported_by, r.reported_as, r.recorded_at,
                    w.reason as withdrawal_reason, w.withdrawn_by, w.withdrawn_at
                from self_report r left join self_report_withdrawal w on w.self_report_id = r.id
                where r.urn = :urn and """ + viewer.schools("r.urn") + """

                order by r.reported_on desc, r.id desc""")).param("urn", urn.value())
                .query((row, number) -> new SelfReport(row.getLong("id"), new Urn(row.getInt("urn")),
                        row.getString("reason"), row.getObject("reported_on", LocalDate.class),
                        row.getString("reported_by"), row.getString("reported_as"),
                        row.getTimestamp("recorded_at").toInstant(), withdrawal(row)))
                .list();
    }

    /** Notes whose review date is before the given day, oldest first. */
    public List<SoftIntelligenceNote> reviewedBefore(LocalDate day) {
        return jdbc.sql(NOTES + " where n.review_on < :day order by n.id").param("day", day)
                .query(SoftIntelligenceStore::note).list();
    }

    /**
     * Removes the notes (and their withdrawals) whose declared retention period has ended, through the database's
     * {@code remove_expired_records}, which the schema owner owns: the application's own role may not delete notes.
     * The function checks each note's period against the policy declared in the database, writes the audit row for
     * each removal, and returns the ids it removed.
     */
    public List<Long> removeNotes(List<Long> ids, String removedBy) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select remove_expired_records(:type, :ids, :by)").param("type", RETENTION_RECORD_TYPE)
                .param("ids", ids.toArray(Long[]::new)).param("by", removedBy).query(Long.class).list();
    }

    /** The record type the database's retention policy for notes is declared under. */
    public static final String RETENTION_RECORD_TYPE = "soft-intelligence";

    private static final String NOTES = """
            select n.id, n.urn, n.topic, n.learnt, n.source, n.sensitivity, n.noted_on, n.review_on,
                n.leadership_crisis, n.recorded_by, n.recorded_at,
                w.reason as withdrawal_reason, w.withdrawn_by, w.withdrawn_at
            from soft_intelligence_note n left join soft_intelligence_withdrawal w on w.note_id = n.id""";

    private static SoftIntelligenceNote note(ResultSet row, int number) throws SQLException {
        return new SoftIntelligenceNote(row.getLong("id"), new Urn(row.getInt("urn")),
                SoftIntelligenceTopic.valueOf(row.getString("topic")), row.getString("learnt"),
                row.getString("source"), NoteSensitivity.valueOf(row.getString("sensitivity")),
                row.getObject("noted_on", LocalDate.class), row.getObject("review_on", LocalDate.class),
                row.getBoolean("leadership_crisis"), row.getString("recorded_by"),
                row.getTimestamp("recorded_at").toInstant(), withdrawal(row));
    }

    private static Withdrawal withdrawal(ResultSet row) throws SQLException {
        Timestamp at = row.getTimestamp("withdrawn_at");
        return at == null ? null
                : new Withdrawal(row.getString("withdrawal_reason"), row.getString("withdrawn_by"), at.toInstant());
    }
}
