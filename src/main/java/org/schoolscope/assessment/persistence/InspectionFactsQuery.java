package org.schoolscope.assessment.persistence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.Provenance;
import org.schoolscope.assessment.domain.StandardFacts;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Ofsted facts the rules read, for every school in scope in three queries: the latest graded inspection of
 * any era (with its key judgements or report-card areas), and the latest ungraded inspection since it. Reads the
 * inspection tables directly because {@code Inspections} answers one school at a time.
 */
@Component
class InspectionFactsQuery {

    /**
     * A file that gives only the day an inspection ended (DfE's performance-tables Ofsted file, the only all-England
     * one here) dates it by that day; an inspection with its start date on record is preferred, as Ofsted's own
     * files give it and explanations name it.
     */
    private static final String LATEST_GRADED = """
            select distinct on (i.urn) i.id, i.urn, i.framework, coalesce(i.start_date, i.end_date) as start_date,
                i.start_date is null as dated_by_end, i.overall_effectiveness, i.category_of_concern, i.safeguarding,
                i.source_file
            from inspection i join school s on s.urn = i.urn
            where i.kind = 'GRADED' and coalesce(i.start_date, i.end_date) is not null and\s"""
            + SchoolScope.CONDITION + " and " + SchoolScope.imported("i") + """

            order by i.urn, i.start_date is not null desc, coalesce(i.start_date, i.end_date) desc, i.id desc""";

    private final JdbcClient jdbc;

    InspectionFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Facts by URN; a school with no inspection on record has none. */
    Map<Integer, Map<String, FactValue>> find(SchoolScope scope) {
        Map<Integer, Map<String, FactValue>> facts = new HashMap<>();
        Map<Integer, LocalDate> gradedOn = new HashMap<>();
        LocalDate today = scope.asOf();
        scope.bind(jdbc.sql(LATEST_GRADED)).query(row -> {
            int urn = row.getInt("urn");
            LocalDate start = row.getObject("start_date", LocalDate.class);
            Provenance inspection = inspection(start, row.getString("source_file"),
                    row.getBoolean("dated_by_end") ? "graded inspection ending" : "graded inspection starting");
            Map<String, FactValue> school = facts.computeIfAbsent(urn, key -> new HashMap<>());
            gradedOn.put(urn, start);
            int overall = row.getInt("overall_effectiveness");
            boolean overallJudged = !row.wasNull();
            if (overallJudged) {
                school.put(StandardFacts.OVERALL_EFFECTIVENESS,
                        FactValue.text(OverallEffectiveness.ofGrade(overall).label(), inspection));
            }
            String category = row.getString("category_of_concern");
            if (category != null) {
                school.put(StandardFacts.CATEGORY, FactValue.text(category, inspection));
            } else if (overallJudged && overall < OverallEffectiveness.INADEQUATE.grade()) {
                // Only an Inadequate school is placed in a category, so a better grade means none, which is known;
                // left out, "Inadequate or in a category" could not be decided for every school judged Good.
                school.put(StandardFacts.CATEGORY, FactValue.text(StandardFacts.NO_CATEGORY, inspection));
            }
            String safeguarding = row.getString("safeguarding");
            if (safeguarding != null) {
                school.put(StandardFacts.SAFEGUARDING, FactValue.text(words(safeguarding), inspection));
            }
            school.put(StandardFacts.MONTHS_SINCE_GRADED,
                    FactValue.number(ChronoUnit.MONTHS.between(start, today), inspection));
        });
        addLowestJudgements(scope, facts);
        addUngradedSignal(scope, facts, gradedOn);
        return facts;
    }

    /** The worst key judgement (2024-25) or report-card area (from November 2025) of the latest graded inspection. */
    private void addLowestJudgements(SchoolScope scope, Map<Integer, Map<String, FactValue>> facts) {
        Map<Integer, List<String>> keyJudgements = new HashMap<>();
        Map<Integer, List<String>> areas = new HashMap<>();
        Map<Integer, Provenance> provenance = new HashMap<>();
        scope.bind(jdbc.sql("with latest as (" + LATEST_GRADED + """
                )
                select latest.urn, latest.framework, latest.start_date, latest.dated_by_end, latest.source_file,
                    j.grade
                from latest join inspection_judgement j on j.inspection_id = latest.id
                where latest.framework in ('KEY_JUDGEMENTS', 'REPORT_CARD')"""))
                .query(row -> {
                    int urn = row.getInt("urn");
                    provenance.put(urn, inspection(row.getObject("start_date", LocalDate.class),
                            row.getString("source_file"), row.getBoolean("dated_by_end")
                                    ? "graded inspection ending" : "graded inspection starting"));
                    (row.getString("framework").equals("REPORT_CARD") ? areas : keyJudgements)
                            .computeIfAbsent(urn, key -> new java.util.ArrayList<>()).add(row.getString("grade"));
                });
        keyJudgements.forEach((urn, grades) -> facts.get(urn).put(StandardFacts.LOWEST_KEY_JUDGEMENT,
                FactValue.text(grades.stream().map(OverallEffectiveness::valueOf)
                        .max(Comparator.comparingInt(OverallEffectiveness::grade)).orElseThrow().label(),
                        provenance.get(urn))));
        // ReportCardGrade runs from Exceptional to Urgent improvement, so the worst is the last.
        areas.forEach((urn, grades) -> facts.get(urn).put(StandardFacts.LOWEST_AREA_GRADE,
                FactValue.text(grades.stream().map(ReportCardGrade::valueOf).max(Comparator.naturalOrder())
                        .orElseThrow().label(), provenance.get(urn))));
    }

    /**
     * Whether the latest ungraded inspection since the latest graded one said the next will be graded ("S5 Next"
     * in its outcome, or converted to a graded inspection). A school inspected with no such signal since has the
     * answer "no", so the rule is decided rather than left unchecked.
     */
    private void addUngradedSignal(SchoolScope scope, Map<Integer, Map<String, FactValue>> facts,
            Map<Integer, LocalDate> gradedOn) {
        scope.bind(jdbc.sql("""
                select distinct on (i.urn) i.urn, i.start_date, i.ungraded_outcome, i.converted_to_graded,
                    i.source_file
                from inspection i join school s on s.urn = i.urn
                where i.kind = 'UNGRADED' and i.start_date is not null and\s""" + SchoolScope.CONDITION + " and "
                + SchoolScope.imported("i") + """

                order by i.urn, i.start_date desc, i.id desc"""))
                .query(row -> {
                    int urn = row.getInt("urn");
                    LocalDate start = row.getObject("start_date", LocalDate.class);
                    LocalDate graded = gradedOn.get(urn);
                    if (graded == null || start.isAfter(graded)) {
                        String outcome = row.getString("ungraded_outcome");
                        boolean signalled = (outcome != null && outcome.contains("S5 Next"))
                                || Boolean.TRUE.equals(row.getObject("converted_to_graded", Boolean.class));
                        facts.computeIfAbsent(urn, key -> new HashMap<>()).put(StandardFacts.UNGRADED_NEXT_GRADED,
                                FactValue.flag(signalled, inspection(start, row.getString("source_file"),
                                        "ungraded inspection starting")));
                    }
                });
        gradedOn.forEach((urn, graded) -> {
            Map<String, FactValue> school = facts.get(urn);
            if (!school.containsKey(StandardFacts.UNGRADED_NEXT_GRADED)) {
                school.put(StandardFacts.UNGRADED_NEXT_GRADED,
                        FactValue.flag(false, school.get(StandardFacts.MONTHS_SINCE_GRADED).provenance()));
            }
        });
    }

    /** Names the inspection ("graded inspection starting 2023-01-10"), so an explanation says which one it read. */
    private static Provenance inspection(LocalDate date, String sourceFile, String inspectionDated) {
        return new Provenance(AcademicYear.containing(date), "Ofsted " + inspectionDated + " " + date + ", " + sourceFile);
    }

    /** NOT_EFFECTIVE as the rulebook writes it: "Not effective". */
    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
