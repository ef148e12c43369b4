package org.schoolscope.correspondence.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly reports sent to the commissioner, each kept as the PDF that was sent with its SHA-256 (append-only). */
@Repository
public class SentReportStore {

    static final String MONTHLY_REPORT = "MONTHLY_REPORT";

    /** A report as sent: its PDF, hash, who sent it and when. */
    public record SentReport(int laCode, YearMonth month, String sentBy, Instant sentAt, byte[] pdf, String sha256) {
    }

    private final JdbcClient jdbc;

    SentReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the month's report as sent; false when the council's report for the month was already sent. */
    public boolean add(int laCode, YearMonth month, String sentBy, Instant sentAt, byte[] pdf, String sha256) {
        return jdbc.sql("""
                insert into sent_report (kind, la_code, month, sent_by, sent_at, pdf, pdf_sha256)
                values (:kind, :la, :month, :by, :at, :pdf, :sha)
                on conflict (kind, la_code, month) do nothing""").param("kind", MONTHLY_REPORT).param("la", laCode)
                .param("month", month.toString()).param("by", sentBy).param("at", Timestamp.from(sentAt))
                .param("pdf", pdf).param("sha", sha256).update() == 1;
    }

    /** The council's report for the month as sent, if it was. */
    public Optional<SentReport> find(int laCode, YearMonth month) {
        return jdbc.sql("""
                select la_code, month, sent_by, sent_at, pdf, pdf_sha256 from sent_report
                where kind = :kind and la_code = :la and month = :month""").param("kind", MONTHLY_REPORT)
                .param("la", laCode).param("month", month.toString())
                .query((row, number) -> new SentReport(row.getInt("la_code"), YearMonth.parse(row.getString("month")),
                        row.getString("sent_by"), row.getTimestamp("sent_at").toInstant(), row.getBytes("pdf"),
                        row.getString("pdf_sha256")))
                .optional();
    }
}
