package org.schoolscope.inspection.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.inspection.Inspections;
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
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the inspection history back into the records of each era. */
@Repository
class JdbcInspections implements Inspections {

    private static final String SELECT = """
            select id, urn, inspection_number, framework, inspection_type, start_date, end_date, publication_date,
                overall_effectiveness, category_of_concern, safeguarding, ungraded_outcome, converted_to_graded,
                urn_at_inspection, school_name_at_inspection
            from inspection where urn = ?""";
    private static final String ORDER = " order by coalesce(start_date, end_date) desc, id desc";

    private final JdbcClient jdbc;

    JdbcInspections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Inspection> history(Urn urn) {
        Map<Long, Map<String, String>> judgements = judgements(urn);
        return jdbc.sql(SELECT + ORDER).param(urn.value())
                .query((rs, n) -> inspection(rs, judgements.getOrDefault(rs.getLong("id"), Map.of()))).list();
    }

    @Override
    public Optional<Inspection> latestGraded(Urn urn) {
        return history(urn).stream().filter(Inspection::isGraded).findFirst();
    }

    private Map<Long, Map<String, String>> judgements(Urn urn) {
        Map<Long, Map<String, String>> byInspection = new HashMap<>();
        jdbc.sql("""
                select j.inspection_id, j.area, j.grade from inspection_judgement j
                join inspection i on i.id = j.inspection_id where i.urn = ?""").param(urn.value())
                .query(rs -> {
                    byInspection.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                });
        return byInspection;
    }

    private static Inspection inspection(ResultSet rs, Map<String, String> judgements) throws SQLException {
        InspectionFacts facts = new InspectionFacts(new Urn(rs.getInt("urn")), rs.getString("inspection_number"),
                rs.getString("inspection_type"), date(rs, "start_date"), date(rs, "end_date"),
                date(rs, "publication_date"), new Urn(rs.getInt("urn_at_inspection")),
                rs.getString("school_name_at_inspection"));
        String category = rs.getString("category_of_concern");
        CategoryOfConcern categoryOfConcern = category == null ? null : CategoryOfConcern.ofCode(category);
        String safeguarding = rs.getString("safeguarding");
        Safeguarding safeguardingJudgement = safeguarding == null ? null : Safeguarding.valueOf(safeguarding);
        return switch (Framework.valueOf(rs.getString("framework"))) {
            case SINGLE_GRADE -> new SingleGradeInspection(facts,
                    OverallEffectiveness.ofGrade(rs.getInt("overall_effectiveness")), categoryOfConcern,
                    keyJudgements(judgements), safeguardingJudgement);
            case KEY_JUDGEMENTS -> new KeyJudgementsInspection(facts, keyJudgements(judgements), categoryOfConcern,
                    safeguardingJudgement);
            case REPORT_CARD -> new ReportCardInspection(facts, evaluations(judgements), safeguardingJudgement,
                    categoryOfConcern);
            case UNGRADED -> new UngradedInspection(facts, rs.getString("ungraded_outcome"),
                    (Boolean) rs.getObject("converted_to_graded"));
        };
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
