package org.schoolscope.returns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.shared.Urn;

/**
 * How complete a return is on a day: every school asked with where it stands, and the totals for the council and for
 * each district (seed 000: "numbers of non-compliant schools"; issue 16: completeness by school and district).
 */
public record Completeness(Definition definition, LocalDate asOf, List<Row> schools, List<Totals> byDistrict,
        Totals overall) {

    public Completeness {
        schools = List.copyOf(schools);
        byDistrict = List.copyOf(byDistrict);
    }

    /** Where a school stands with the return. */
    public enum Standing {
        NOT_STARTED, DRAFT, SUBMITTED_ON_TIME, SUBMITTED_LATE
    }

    public record Row(Urn urn, String name, String district, Standing standing, Instant firstSubmittedAt,
            boolean overdue, boolean compliant, Chase lastChase) {

        public boolean submitted() {
            return standing == Standing.SUBMITTED_ON_TIME || standing == Standing.SUBMITTED_LATE;
        }
    }

    public record Totals(String district, int asked, int submitted, int drafts, int notStarted, int overdue,
            int compliant) {

        /** Submitted as a whole-number percentage of the schools asked, rounded down; 0 when none were asked. */
        public int percentSubmitted() {
            return asked == 0 ? 0 : submitted * 100 / asked;
        }

        Totals plus(Row row) {
            return new Totals(district, asked + 1, submitted + (row.submitted() ? 1 : 0),
                    drafts + (row.standing() == Standing.DRAFT ? 1 : 0),
                    notStarted + (row.standing() == Standing.NOT_STARTED ? 1 : 0), overdue + (row.overdue() ? 1 : 0),
                    compliant + (row.compliant() ? 1 : 0));
        }
    }

    public static Completeness of(Definition definition, List<RegisteredSchool> asked, Map<Urn, SchoolStanding> standings,
            Map<Urn, List<Chase>> chases, LocalDate today, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        Map<String, Totals> districts = new TreeMap<>();
        Totals overall = new Totals("", 0, 0, 0, 0, 0, 0);
        for (RegisteredSchool school : asked) {
            SchoolStanding standing = standings.getOrDefault(school.urn(), SchoolStanding.NOT_STARTED);
            Standing where = standing.submitted()
                    ? (standing.late(definition, today, zone) ? Standing.SUBMITTED_LATE : Standing.SUBMITTED_ON_TIME)
                    : standing.draftSaved() ? Standing.DRAFT : Standing.NOT_STARTED;
            List<Chase> steps = chases.getOrDefault(school.urn(), List.of());
            Row row = new Row(school.urn(), school.name(), school.districtName(), where, standing.firstSubmittedAt(),
                    !standing.submitted() && definition.overdueOn(today), standing.compliant(definition, today, zone),
                    steps.isEmpty() ? null : steps.get(steps.size() - 1));
            rows.add(row);
            districts.merge(school.districtName(), new Totals(school.districtName(), 0, 0, 0, 0, 0, 0).plus(row),
                    (sum, one) -> new Totals(sum.district(), sum.asked() + one.asked(), sum.submitted() + one.submitted(),
                            sum.drafts() + one.drafts(), sum.notStarted() + one.notStarted(),
                            sum.overdue() + one.overdue(), sum.compliant() + one.compliant()));
            overall = overall.plus(row);
        }
        return new Completeness(definition, today, rows, List.copyOf(districts.values()), overall);
    }

    /**
     * The schools to chase: those that have not submitted and, for the data exchange, those whose logged data was
     * late, incomplete or inaccurate.
     */
    public List<Row> toChase() {
        return schools.stream().filter(row -> definition.kind() == ReturnKind.DATA_EXCHANGE
                ? !row.compliant() : !row.submitted()).toList();
    }
}
