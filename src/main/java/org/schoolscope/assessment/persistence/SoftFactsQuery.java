package org.schoolscope.assessment.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.Provenance;
import org.schoolscope.assessment.domain.StandardFacts;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two facts soft intelligence gives the rules, for every school in scope in one query each:
 * {@code soft.leadership_crisis} (a crisis note recorded by the snapshot's moment, not withdrawn by then, whose
 * review date has not passed on the snapshot's day) and {@code self_reported_vulnerable} (a self-report recorded
 * and not withdrawn by then). The provenance names the note's date and who recorded it, never what it says.
 */
@Component
class SoftFactsQuery {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;

    SoftFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Only the schools with a standing note or self-report; the others have both facts false. */
    Map<Integer, Map<String, FactValue>> find(SchoolScope scope) {
        Map<Integer, Map<String, FactValue>> facts = new HashMap<>();
        if (scope.snapshot().softFactsAsAt() == null) {
            return facts;
        }
        Timestamp asAt = Timestamp.from(scope.snapshot().softFactsAsAt());
        jdbc.sql("""
                select distinct on (n.urn) n.urn, n.noted_on, n.recorded_by
                from soft_intelligence_note n
                where n.leadership_crisis and n.recorded_at <= :asAt and n.review_on >= :asOf
                  and not exists (select 1 from soft_intelligence_withdrawal w
                                  where w.note_id = n.id and w.withdrawn_at <= :asAt)
                  and n.urn = any(:urns)
                order by n.urn, n.noted_on desc, n.id desc""")
                .param("urns", scope.urnArray()).param("asAt", asAt).param("asOf", scope.asOf()).query(row -> {
                    LocalDate notedOn = row.getObject("noted_on", LocalDate.class);
                    facts.computeIfAbsent(row.getInt("urn"), urn -> new HashMap<>()).put(
                            StandardFacts.LEADERSHIP_CRISIS,
                            FactValue.flag(true, new Provenance(AcademicYear.containing(notedOn),
                                    "soft intelligence recorded by " + row.getString("recorded_by") + ", noted on "
                                            + DAY.format(notedOn))));
                });
        jdbc.sql("""
                select distinct on (r.urn) r.urn, r.reported_on, r.reported_by
                from self_report r
                where r.recorded_at <= :asAt
                  and not exists (select 1 from self_report_withdrawal w
                                  where w.self_report_id = r.id and w.withdrawn_at <= :asAt)
                  and r.urn = any(:urns)
                order by r.urn, r.reported_on desc, r.id desc""")
                .param("urns", scope.urnArray()).param("asAt", asAt).query(row -> {
                    LocalDate reportedOn = row.getObject("reported_on", LocalDate.class);
                    facts.computeIfAbsent(row.getInt("urn"), urn -> new HashMap<>()).put(
                            StandardFacts.SELF_REPORTED_VULNERABLE,
                            FactValue.flag(true, new Provenance(AcademicYear.containing(reportedOn),
                                    "self-report recorded by " + row.getString("reported_by") + ", reported on "
                                            + DAY.format(reportedOn))));
                });
        return facts;
    }

    /** The facts of a school with no standing note or self-report: known to be false, as of the snapshot's day. */
    static Map<String, FactValue> noneStanding(DataSnapshot snapshot) {
        if (snapshot.softFactsAsAt() == null) {
            return Map.of();
        }
        AcademicYear year = AcademicYear.containing(snapshot.asOf());
        return Map.of(
                StandardFacts.LEADERSHIP_CRISIS, FactValue.flag(false, new Provenance(year,
                        "no standing soft intelligence of a leadership crisis on " + DAY.format(snapshot.asOf()))),
                StandardFacts.SELF_REPORTED_VULNERABLE, FactValue.flag(false, new Provenance(year,
                        "no standing self-report on " + DAY.format(snapshot.asOf()))));
    }
}
