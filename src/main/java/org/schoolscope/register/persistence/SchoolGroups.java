package org.schoolscope.register.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.domain.SchoolGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trusts, federations and other GIAS groups: the latest file's word on each group stands. */
@Repository
public class SchoolGroups {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SchoolGroups(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Records a chunk of a file's groups; only the groups already stored with the chunk's UIDs are read. */
    public WriteCounts record(List<SchoolGroup> groups, ImportBatch batch) {
        Map<Integer, SchoolGroup> existing = new HashMap<>();
        Integer[] uids = groups.stream().map(SchoolGroup::groupUid).toArray(Integer[]::new);
        jdbc.sql("select * from school_group where group_uid = any(?)").param(uids).query((rs, n) -> new SchoolGroup(rs.getInt("group_uid"),
                rs.getString("group_id"), rs.getString("name"), rs.getString("group_type"), rs.getString("status"),
                date(rs.getDate("opened_on")), date(rs.getDate("closed_on")), rs.getString("companies_house_number"),
                rs.getString("ukprn"))).list().forEach(g -> existing.put(g.groupUid(), g));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (SchoolGroup group : groups) {
            SchoolGroup old = existing.put(group.groupUid(), group);
            if (old == null) {
                inserts.add(row(group, batch));
            } else if (old.equals(group)) {
                unchanged++;
            } else {
                updates.add(row(group, batch));
            }
        }
        template.batchUpdate("""
                insert into school_group (group_id, name, group_type, status, opened_on, closed_on,
                    companies_house_number, ukprn, import_id, group_uid) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                inserts);
        template.batchUpdate("""
                update school_group set group_id = ?, name = ?, group_type = ?, status = ?, opened_on = ?,
                    closed_on = ?, companies_house_number = ?, ukprn = ?, import_id = ? where group_uid = ?""", updates);
        return new WriteCounts(inserts.size(), updates.size(), unchanged, 0);
    }

    private static Object[] row(SchoolGroup g, ImportBatch batch) {
        return new Object[] {g.groupId(), g.name(), g.groupType(), g.status(), sql(g.openedOn()), sql(g.closedOn()),
                g.companiesHouseNumber(), g.ukprn(), batch.id(), g.groupUid()};
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
