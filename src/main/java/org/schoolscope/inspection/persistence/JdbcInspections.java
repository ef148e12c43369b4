package org.schoolscope.inspection.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.inspection.domain.CategoryOfConcern;
import org.schoolscope.inspection.domain.EvaluationArea;
import org.schoolscope.inspection.domain.Framework;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.InspectionFacts;
import org.schoolscope.inspection.domain.KeyJudgementArea;
import org.schoolscope.inspection.domain.KeyJudgementsInspection;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.inspection.domain.ReportCardInspection;
import org.schoolscope.inspection.domain.Safeguarding;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.inspection.domain.UngradedInspection;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the inspection history back into the records of each era, and answers which inspection is the latest. */
@Repository
class JdbcInspections implements Inspections {

    /** The day an inspection counts from, the one definition every question uses. */
    static final String COUNTS_FROM = "coalesce(start_date, end_date, publication_date)";
    private static final String LATEST_FIRST = COUNTS_FROM + " desc nulls last, start_date is not null desc, id desc";

    /**
     * Which inspection is a school's latest: one Ofsted's own files report (they give its first day) before one known
     * only by its last day. DfE's performance-tables file, the only source that gives no first day, reports a short
     * inspection of a Good school as if it were graded, so its later date would otherwise hide the graded inspection
     * Ofsted itself names as the latest (in the sample, Ofsted's file as at 31 August 2023 names a school's graded
     * inspection starting 26 September 2012 where DfE's 2018 file gives one ending 7 February 2018).
     */
    private static final String LATEST_GRADED_FIRST = "start_date is not null desc, " + LATEST_FIRST;

    private static final String COLUMNS = """
            id, urn, inspection_number, framework, inspection_type, start_date, end_date, publication_date,
            overall_effectiveness, category_of_concern, safeguarding, ungraded_outcome, converted_to_graded,
            urn_at_inspection, school_name_at_inspection, source_file, import_id""";

    /** Predecessors of predecessors are followed this far: a maintained school, its academy, a re-brokered one. */
    private static final int PREDECESSOR_STEPS = 3;

    private final JdbcClient jdbc;
    private final SchoolRegister register;
    private final Clock clock;

    JdbcInspections(JdbcClient jdbc, SchoolRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public List<Inspection> history(Urn urn) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from inspection where urn = ? order by " + LATEST_FIRST)
                .param(urn.value()).query((rs, n) -> Row.of(rs)).list();
        Map<Long, Map<String, String>> judgements = judgements(rows);
        return rows.stream().map(row -> row.toInspection(judgements.get(row.id()))).toList();
    }

    @Override
    public Optional<Inspection> latestGraded(Urn urn) {
        return Optional.ofNullable(latestGraded(List.of(urn), AsAt.on(LocalDate.now(clock))).get(urn))
                .map(LatestInspection::inspection);
    }

    @Override
    public Map<Urn, LatestInspection> latestGraded(Collection<Urn> urns, AsAt asAt) {
        Map<Urn, LatestInspection> found = own("GRADED", urns, asAt);
        // A school without its own graded inspection by the date keeps its predecessor's, as Ofsted reports it.
        Map<Urn, Urn> schoolOf = new HashMap<>();
        urns.stream().filter(urn -> !found.containsKey(urn)).forEach(urn -> schoolOf.put(urn, urn));
        for (int step = 0; step < PREDECESSOR_STEPS && !schoolOf.isEmpty(); step++) {
            Map<Urn, Urn> predecessors = new HashMap<>();
            register.find(schoolOf.keySet(), asAt.date()).forEach((urn, school) -> school.predecessors().stream()
                    .filter(linked -> !linked.split())
                    .forEach(linked -> predecessors.putIfAbsent(linked.urn(), schoolOf.get(urn))));
            Map<Urn, LatestInspection> theirs = own("GRADED", predecessors.keySet(), asAt);
            schoolOf.clear();
            predecessors.forEach((predecessor, school) -> {
                LatestInspection inherited = theirs.get(predecessor);
                if (inherited == null) {
                    schoolOf.put(predecessor, school);
                } else if (!found.containsKey(school) || later(inherited, found.get(school))) {
                    found.put(school, new LatestInspection(school, inherited.inspection(), predecessor,
                            inherited.sourceFile(), inherited.importId()));
                }
            });
            schoolOf.values().removeIf(found::containsKey);
        }
        return found;
    }

    @Override
    public Map<Urn, LatestInspection> latestUngraded(Collection<Urn> urns, AsAt asAt) {
        return own("UNGRADED", urns, asAt);
    }

    @Override
    public Map<Urn, List<Inspection>> between(Collection<Urn> urns, LocalDate from, LocalDate to) {
        Map<Urn, List<Inspection>> found = new LinkedHashMap<>();
        if (urns.isEmpty()) {
            return found;
        }
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from inspection where urn = any(:urns)"
                + " and coalesce(start_date, end_date) between :from and :to order by urn, " + LATEST_FIRST)
                .param("urns", urns.stream().map(Urn::value).distinct().toArray(Integer[]::new))
                .param("from", from).param("to", to).query((rs, n) -> Row.of(rs)).list();
        Map<Long, Map<String, String>> judgements = judgements(rows);
        rows.forEach(row -> found.computeIfAbsent(row.facts().urn(), u -> new ArrayList<>())
                .add(row.toInspection(judgements.get(row.id()))));
        return found;
    }

    @Override
    public long countRecorded(Collection<Urn> urns) {
        return jdbc.sql("select count(*) from inspection where urn = any(?)")
                .param(urns.stream().map(Urn::value).distinct().toArray(Integer[]::new)).query(Long.class).single();
    }

    private static boolean later(LatestInspection one, LatestInspection other) {
        return one.inspection().facts().date().isAfter(other.inspection().facts().date());
    }

    /** Each school's own latest inspection of the kind, counting from on or before the date. */
    private Map<Urn, LatestInspection> own(String kind, Collection<Urn> urns, AsAt asAt) {
        Map<Urn, LatestInspection> found = new LinkedHashMap<>();
        Set<Integer> numbers = new LinkedHashSet<>();
        urns.forEach(urn -> numbers.add(urn.value()));
        if (numbers.isEmpty()) {
            return found;
        }
        if (asAt.importIds() != null) {
            return asTheImportsMadeThem(kind, numbers, asAt);
        }
        List<Row> rows = jdbc.sql("select distinct on (urn) " + COLUMNS + " from inspection"
                + " where urn = any(:urns) and kind = :kind and " + COUNTS_FROM + " <= :on"
                + " order by urn, " + LATEST_GRADED_FIRST)
                .param("urns", numbers.toArray(Integer[]::new)).param("kind", kind).param("on", asAt.date())
                .query((rs, n) -> Row.of(rs)).list();
        Map<Long, Map<String, String>> judgements = judgements(rows);
        for (Row row : rows) {
            Inspection inspection = row.toInspection(judgements.get(row.id()));
            found.put(inspection.facts().urn(), new LatestInspection(inspection.facts().urn(), inspection, null,
                    row.sourceFile(), row.importId()));
        }
        return found;
    }

    /**
     * As {@link #own}, within the imports named (an earlier run reproduced): each inspection as those imports left
     * it, from every version kept, with its judgements then (issue 11, item 6).
     */
    private Map<Urn, LatestInspection> asTheImportsMadeThem(String kind, Set<Integer> urns, AsAt asAt) {
        Map<Urn, LatestInspection> found = new LinkedHashMap<>();
        jdbc.sql("select distinct on (urn) " + COLUMNS + ", array(select e.key || '=' || e.value"
                + " from jsonb_each_text(judgements) e) as judgement_grades from inspection_version"
                + " where urn = any(:urns) and kind = :kind and " + COUNTS_FROM + " <= :on"
                + " and made_by_import_id = any(cast(:imports as bigint[]))"
                + " order by urn, " + LATEST_GRADED_FIRST + ", made_by_import_id desc")
                .param("urns", urns.toArray(Integer[]::new)).param("kind", kind).param("on", asAt.date())
                .param("imports", asAt.importIdArray()).query((ResultSet rs) -> {
                    Row row = Row.of(rs);
                    Map<String, String> judgements = new HashMap<>();
                    for (String grade : (String[]) rs.getArray("judgement_grades").getArray()) {
                        judgements.put(grade.substring(0, grade.indexOf('=')), grade.substring(grade.indexOf('=') + 1));
                    }
                    Inspection inspection = row.toInspection(judgements);
                    found.put(inspection.facts().urn(), new LatestInspection(inspection.facts().urn(), inspection,
                            null, row.sourceFile(), row.importId()));
                });
        return found;
    }

    private Map<Long, Map<String, String>> judgements(List<Row> rows) {
        Map<Long, Map<String, String>> byInspection = new HashMap<>();
        rows.forEach(row -> byInspection.put(row.id(), new HashMap<>()));
        if (rows.isEmpty()) {
            return byInspection;
        }
        jdbc.sql("select inspection_id, area, grade from inspection_judgement where inspection_id = any(?)")
                .param(byInspection.keySet().toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    byInspection.get(rs.getLong(1)).put(rs.getString(2), rs.getString(3));
                });
        return byInspection;
    }

    /** One stored inspection row, before its judgements are joined. */
    private record Row(long id, InspectionFacts facts, Framework framework, Integer overall, String category,
            String safeguarding, String ungradedOutcome, Boolean convertedToGraded, String sourceFile, long importId) {

        static Row of(ResultSet rs) throws SQLException {
            InspectionFacts facts = new InspectionFacts(new Urn(rs.getInt("urn")), rs.getString("inspection_number"),
                    rs.getString("inspection_type"), date(rs, "start_date"), date(rs, "end_date"),
                    date(rs, "publication_date"), rs.getObject("urn_at_inspection") == null ? null : new Urn(rs.getInt("urn_at_inspection")),
                    rs.getString("school_name_at_inspection"));
            return new Row(rs.getLong("id"), facts, Framework.valueOf(rs.getString("framework")),
                    (Integer) rs.getObject("overall_effectiveness", Integer.class), rs.getString("category_of_concern"),
                    rs.getString("safeguarding"), rs.getString("ungraded_outcome"),
                    (Boolean) rs.getObject("converted_to_graded"), rs.getString("source_file"),
                    rs.getLong("import_id"));
        }

        Inspection toInspection(Map<String, String> judgements) {
            CategoryOfConcern categoryOfConcern = category == null ? null : CategoryOfConcern.ofCode(category);
            Safeguarding safeguardingJudgement = safeguarding == null ? null : Safeguarding.valueOf(safeguarding);
            return switch (framework) {
                case SINGLE_GRADE -> new SingleGradeInspection(facts, OverallEffectiveness.ofGrade(overall),
                        categoryOfConcern, keyJudgements(judgements), safeguardingJudgement);
                case KEY_JUDGEMENTS -> new KeyJudgementsInspection(facts, keyJudgements(judgements),
                        categoryOfConcern, safeguardingJudgement);
                case REPORT_CARD -> new ReportCardInspection(facts, evaluations(judgements), safeguardingJudgement,
                        categoryOfConcern);
                case UNGRADED -> new UngradedInspection(facts, ungradedOutcome, convertedToGraded);
            };
        }
    }

    private static Map<KeyJudgementArea, OverallEffectiveness> keyJudgements(Map<String, String> judgements) {
        Map<KeyJudgementArea, OverallEffectiveness> result = new EnumMap<>(KeyJudgementArea.class);
        judgements.forEach((area, grade) -> result.put(KeyJudgementArea.valueOf(area),
                OverallEffectiveness.valueOf(grade)));
        return result;
    }

    private static Map<EvaluationArea, ReportCardGrade> evaluations(Map<String, String> judgements) {
        Map<EvaluationArea, ReportCardGrade> result = new EnumMap<>(EvaluationArea.class);
        judgements.forEach((area, grade) -> result.put(EvaluationArea.valueOf(area), ReportCardGrade.valueOf(grade)));
        return result;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
