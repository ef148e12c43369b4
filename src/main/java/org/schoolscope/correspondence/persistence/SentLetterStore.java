package org.schoolscope.correspondence.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The letters sent to schools, each kept as the PDF that was sent with its SHA-256 (append-only). */
@Repository
public class SentLetterStore {

    /** A letter as sent: its PDF, hash, who sent it and when. */
    public record SentLetter(Urn urn, AcademicYear year, String sentBy, Instant sentAt, byte[] pdf, String sha256) {
    }

    private final JdbcClient jdbc;

    SentLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a letter sent; false when that school's letter of this kind was already sent in the year. */
    public boolean add(String kind, Urn urn, AcademicYear year, String sentBy, Instant sentAt, byte[] pdf,
            String sha256) {
        return jdbc.sql("""
                insert into sent_letter (kind, urn, academic_year, sent_by, sent_at, pdf, pdf_sha256)
                values (:kind, :urn, :year, :by, :at, :pdf, :sha)
                on conflict (kind, urn, academic_year) where kind = 'STAGE_1' do nothing""").param("kind", kind).param("urn", urn.value())
                .param("year", year.startYear()).param("by", sentBy).param("at", Timestamp.from(sentAt))
                .param("pdf", pdf).param("sha", sha256).update() == 1;
    }

    /** Stores a document an improvement step sent (a warning notice, a removal letter); false if already stored. */
    public boolean addForStep(String kind, Urn urn, AcademicYear year, long eventId, String sentBy, Instant sentAt,
            byte[] pdf, String sha256) {
        return jdbc.sql("""
                insert into sent_letter (kind, urn, academic_year, improvement_event_id, sent_by, sent_at, pdf,
                    pdf_sha256)
                values (:kind, :urn, :year, :event, :by, :at, :pdf, :sha)
                on conflict (kind, improvement_event_id) where improvement_event_id is not null do nothing""")
                .param("kind", kind).param("urn", urn.value()).param("year", year.startYear()).param("event", eventId)
                .param("by", sentBy).param("at", Timestamp.from(sentAt)).param("pdf", pdf).param("sha", sha256)
                .update() == 1;
    }

    /** The document an improvement step sent, if the viewer may see its school. */
    public Optional<SentLetter> findForStep(long eventId, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select urn, academic_year, sent_by, sent_at, pdf, pdf_sha256 from sent_letter "
                + "where improvement_event_id = :event and " + viewer.schools("urn")))
                .param("event", eventId)
                .query((row, number) -> new SentLetter(new Urn(row.getInt("urn")),
                        new AcademicYear(row.getInt("academic_year")), row.getString("sent_by"),
                        row.getTimestamp("sent_at").toInstant(), row.getBytes("pdf"), row.getString("pdf_sha256")))
                .optional();
    }

    /** The letter of this kind sent to the school in the year, if the viewer may see the school. */
    public Optional<SentLetter> find(String kind, Urn urn, AcademicYear year, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select urn, academic_year, sent_by, sent_at, pdf, pdf_sha256 from sent_letter "
                + "where kind = :kind and urn = :urn and academic_year = :year and " + viewer.schools("urn")))
                .param("kind", kind).param("urn", urn.value()).param("year", year.startYear())
                .query((row, number) -> new SentLetter(new Urn(row.getInt("urn")),
                        new AcademicYear(row.getInt("academic_year")), row.getString("sent_by"),
                        row.getTimestamp("sent_at").toInstant(), row.getBytes("pdf"), row.getString("pdf_sha256")))
                .optional();
    }

    /** When each school the viewer may see was sent its letter of this kind in the year, without the PDFs. */
    public Map<Urn, Instant> sentAt(String kind, AcademicYear year, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select urn, sent_at from sent_letter where kind = :kind and academic_year = :year"
                + " and " + viewer.schools("urn"))).param("kind", kind).param("year", year.startYear())
                .query((row, number) -> Map.entry(new Urn(row.getInt("urn")), row.getTimestamp("sent_at").toInstant()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
