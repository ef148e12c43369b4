package org.schoolscope.profile.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.read.GradedOutcome;
import org.schoolscope.profile.read.InspectionFramework;
import org.schoolscope.profile.read.OutcomeFilter;
import org.schoolscope.profile.read.ResponsibleBody;
import org.schoolscope.profile.read.ResultPage;
import org.schoolscope.profile.read.SchoolCriteria;
import org.schoolscope.profile.read.SchoolSummary;
import org.schoolscope.profile.read.SortDirection;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds schools by the list's filters, one sorted page at a time. */
@Repository
public class SchoolListQuery {

    private static final String LISTED = """
            with listed as (
                select s.urn, s.laestab, s.la_code, s.name, s.establishment_type, s.phase, s.status,
                       s.responsible_body, s.trust_name, d.district,
                       g.framework, g.overall_effectiveness, g.category_of_concern, g.safeguarding, g.inspected_on,
                       -- Graded outcomes first, best first; then the eras without an overall grade; then none.
                       case when g.framework is null then 9
                            when g.framework = 'SINGLE_GRADE' then coalesce(g.overall_effectiveness, 8)
                            when g.framework = 'KEY_JUDGEMENTS' then 5
                            else 6 end as outcome_rank
                from school s
            """ + SqlFragments.DISTRICT_JOIN + SqlFragments.LATEST_GRADED_JOIN + ")\n";

    private final JdbcClient jdbc;
    private final Clock clock;

    public SchoolListQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the schools the viewer may see that match the criteria. */
    public ResultPage<SchoolSummary> find(SchoolCriteria criteria, ViewerScope viewer) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("today", LocalDate.now(clock));
        parameters.putAll(viewer.parameters());
        String where = where(criteria, parameters) + " and " + viewer.schools("urn");
        long total = jdbc.sql(LISTED + "select count(*) from listed" + where).params(parameters).query(Long.class)
                .single();
        parameters.put("limit", criteria.pageSize());
        parameters.put("offset", criteria.offset());
        List<SchoolSummary> schools = jdbc.sql(LISTED + "select * from listed" + where + " order by "
                + orderBy(criteria) + " limit :limit offset :offset").params(parameters).query(this::summary).list();
        return new ResultPage<>(schools, total, criteria.page(), criteria.pageSize());
    }

    private static String where(SchoolCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where la_code = :la");
        parameters.put("la", criteria.la().value());
        if (criteria.district() != null) {
            where.append(" and district = :district");
            parameters.put("district", criteria.district());
        }
        if (criteria.phase() != null) {
            where.append(" and phase = :phase");
            parameters.put("phase", criteria.phase());
        }
        if (criteria.establishmentType() != null) {
            where.append(" and establishment_type = :type");
            parameters.put("type", criteria.establishmentType());
        }
        if (criteria.responsibleBody() != null) {
            where.append(" and responsible_body = :body");
            parameters.put("body", criteria.responsibleBody().name());
        }
        OutcomeFilter outcome = criteria.outcome();
        if (outcome != null) {
            if (outcome.overallEffectiveness() != null) {
                where.append(" and framework = 'SINGLE_GRADE' and overall_effectiveness = :grade");
                parameters.put("grade", outcome.overallEffectiveness());
            } else if (outcome == OutcomeFilter.KEY_JUDGEMENTS) {
                where.append(" and framework = 'KEY_JUDGEMENTS'");
            } else if (outcome == OutcomeFilter.REPORT_CARD) {
                where.append(" and framework = 'REPORT_CARD'");
            } else {
                where.append(" and framework is null");
            }
        }
        return where.toString();
    }

    /** Built only from the closed set of sorts, so no request text reaches the SQL. */
    private static String orderBy(SchoolCriteria criteria) {
        String direction = criteria.direction() == SortDirection.ASCENDING ? "asc" : "desc";
        String column = switch (criteria.sort()) {
            case NAME -> "lower(name)";
            case URN -> "urn";
            case PHASE -> "phase";
            case OUTCOME -> "outcome_rank";
            case INSPECTED -> "inspected_on";
        };
        return column + " " + direction + " nulls last, lower(name) asc, urn asc";
    }

    private SchoolSummary summary(ResultSet row, int number) throws SQLException {
        String framework = row.getString("framework");
        Optional<GradedOutcome> outcome = framework == null ? Optional.empty()
                : Optional.of(new GradedOutcome(InspectionFramework.valueOf(framework),
                        Rows.integer(row, "overall_effectiveness"), row.getString("category_of_concern"),
                        row.getString("safeguarding"), Rows.date(row, "inspected_on")));
        return new SchoolSummary(new Urn(row.getInt("urn")), Rows.integer(row, "laestab"),
                Rows.integer(row, "la_code"), row.getString("name"), row.getString("establishment_type"),
                row.getString("phase"), row.getString("status"),
                ResponsibleBody.valueOf(row.getString("responsible_body")), row.getString("trust_name"),
                row.getString("district"), outcome);
    }
}
