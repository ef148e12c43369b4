package org.schoolscope.profile.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.schoolscope.profile.read.InspectionFramework;
import org.schoolscope.profile.read.InspectionRecord;
import org.schoolscope.profile.read.Judgement;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every recorded inspection of a school, newest first, with its judgements or evaluation areas. */
@Repository
public class InspectionHistoryQuery {

    private final JdbcClient jdbc;

    public InspectionHistoryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InspectionRecord> history(Urn urn) {
        Map<Long, List<Judgement>> judgements = jdbc.sql("""
                select j.inspection_id, j.area, j.grade
                from inspection_judgement j join inspection i on i.id = j.inspection_id
                where i.urn = :urn
                order by j.inspection_id, j.area
                """).param("urn", urn.value())
                .query((row, n) -> Map.entry(row.getLong("inspection_id"),
                        new Judgement(row.getString("area"), row.getString("grade"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select i.* from inspection i where i.urn = :urn order by "
                + SqlFragments.INSPECTION_DATE + " desc nulls last, i.id desc")
                .param("urn", urn.value())
                .query((row, n) -> inspection(row, judgements.getOrDefault(row.getLong("id"), List.of()))).list();
    }

    private static InspectionRecord inspection(ResultSet row, List<Judgement> judgements) throws SQLException {
        return new InspectionRecord(row.getLong("id"), row.getString("inspection_number"),
                "GRADED".equals(row.getString("kind")), InspectionFramework.valueOf(row.getString("framework")),
                row.getString("inspection_type"), Rows.date(row, "start_date"), Rows.date(row, "end_date"),
                Rows.date(row, "publication_date"), Rows.integer(row, "overall_effectiveness"),
                row.getString("category_of_concern"), row.getString("safeguarding"),
                row.getString("ungraded_outcome"), Rows.bool(row, "converted_to_graded"),
                Rows.integer(row, "urn_at_inspection"), row.getString("school_name_at_inspection"),
                row.getString("source_file"), row.getLong("import_id"), judgements);
    }
}
