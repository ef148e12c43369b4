package org.schoolscope.register.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.register.ListScope;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.register.domain.CompleteList;
import org.schoolscope.register.domain.LinkEvidence;
import org.schoolscope.register.domain.Statement;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every file's account of every school, written as published and never updated, and read back with GIAS's links
 * and the complete lists for the register to derive each school's state from.
 */
@Repository
class SchoolEvidence {

    private static final String STATEMENT_COLUMNS = """
            e.urn, e.as_at, e.open_from, e.list_id, e.la_code, e.laestab, e.name, e.establishment_type, e.type_group,
            e.status, e.phase, e.open_date, e.close_date, e.statutory_low_age, e.statutory_high_age, e.trust_name,
            e.constituency, e.source_file, e.import_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SchoolEvidence(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void write(List<SchoolFacts> facts, LocalDate asAt, LocalDate openFrom, Long listId, ImportBatch batch) {
        List<Object[]> rows = new ArrayList<>(facts.size());
        for (SchoolFacts f : facts) {
            rows.add(new Object[] {f.urn().value(), Date.valueOf(asAt), sql(openFrom), listId, f.laCode(),
                f.laestab(), f.name(), f.establishmentType(), f.typeGroup(), f.status(), f.phase(),
                sql(f.openDate()), sql(f.closeDate()), f.statutoryLowAge(), f.statutoryHighAge(), f.trustName(),
                f.constituency(), batch.id(), batch.fileName()});
        }
        template.batchUpdate("""
                insert into school_evidence (urn, as_at, open_from, list_id, la_code, laestab, name, establishment_type,
                    type_group, status, phase, open_date, close_date, statutory_low_age, statutory_high_age, trust_name,
                    constituency, import_id, source_file)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The URNs of one council's schools, or of every school, with the URNs GIAS links them to. */
    List<Integer> urnsWithNeighbours(Integer laCode) {
        return jdbc.sql("""
                with own as (select distinct urn from school_evidence where cast(:la as integer) is null
                             or la_code = cast(:la as integer))
                select urn from own
                union select l.linked_urn from school_link l join own on own.urn = l.urn
                union select l.urn from school_link l join own on own.urn = l.linked_urn""")
                .param("la", laCode).query(Integer.class).list();
    }

    /** These URNs with the URNs GIAS links them to, whose evidence a successor's or predecessor's state needs. */
    List<Integer> withNeighbours(Collection<Integer> urns) {
        return jdbc.sql("""
                select u from unnest(cast(:urns as integer[])) u
                union select l.linked_urn from school_link l where l.urn = any(cast(:urns as integer[]))
                union select l.urn from school_link l where l.linked_urn = any(cast(:urns as integer[]))""")
                .param("urns", urns.toArray(Integer[]::new)).query(Integer.class).list();
    }

    List<Statement> statements(Collection<Integer> urns) {
        return jdbc.sql("select " + STATEMENT_COLUMNS + " from school_evidence e where e.urn = any(?)"
                + " order by e.urn, e.as_at, e.id").param(urns.toArray(Integer[]::new))
                .query((rs, n) -> statement(rs)).list();
    }

    List<Statement> allStatements() {
        return jdbc.sql("select " + STATEMENT_COLUMNS + " from school_evidence e order by e.urn, e.as_at, e.id")
                .query((rs, n) -> statement(rs)).list();
    }

    /** GIAS's links touching these URNs (all links with {@code urns} null), with their file's date. */
    List<LinkEvidence> links(Collection<Integer> urns) {
        return jdbc.sql("""
                select l.urn, l.linked_urn, l.linked_name, l.link_type, l.established_on, b.file_name, l.import_id,
                    b.as_at
                from school_link l join import_batch b on b.id = l.import_id
                where cast(:urns as integer[]) is null or l.urn = any(cast(:urns as integer[]))
                   or l.linked_urn = any(cast(:urns as integer[]))""")
                .param("urns", urns == null ? null : urns.toArray(Integer[]::new))
                .query((rs, n) -> new LinkEvidence(new Urn(rs.getInt("urn")), new Urn(rs.getInt("linked_urn")),
                        rs.getString("linked_name"), rs.getString("link_type"), date(rs, "established_on"),
                        rs.getString("file_name"), rs.getLong("import_id"), date(rs, "as_at")))
                .list();
    }

    List<CompleteList> lists() {
        return jdbc.sql("""
                select l.id, l.title, l.source_file, l.import_id, l.as_at, l.scope,
                    array(select distinct e.la_code from school_evidence e where e.list_id = l.id
                          and e.la_code is not null) as la_codes
                from school_list l""")
                .query((rs, n) -> new CompleteList(rs.getLong("id"), rs.getString("title"), rs.getString("source_file"),
                        rs.getLong("import_id"), date(rs, "as_at"), ListScope.valueOf(rs.getString("scope")),
                        java.util.Set.of((Integer[]) rs.getArray("la_codes").getArray())))
                .list();
    }

    private static Statement statement(ResultSet rs) throws SQLException {
        return new Statement(new Urn(rs.getInt("urn")), date(rs, "as_at"), date(rs, "open_from"),
                (Long) rs.getObject("list_id"), integer(rs, "la_code"), integer(rs, "laestab"), rs.getString("name"),
                rs.getString("establishment_type"), rs.getString("type_group"), rs.getString("status"),
                rs.getString("phase"), date(rs, "open_date"), date(rs, "close_date"),
                integer(rs, "statutory_low_age"), integer(rs, "statutory_high_age"), rs.getString("trust_name"),
                rs.getString("constituency"), rs.getString("source_file"), rs.getLong("import_id"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
