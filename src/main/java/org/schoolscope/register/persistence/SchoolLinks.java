package org.schoolscope.register.persistence;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.domain.SchoolLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links between URNs, kept once per (URN, linked URN, link type) as GIAS publishes them. */
@Repository
public class SchoolLinks {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SchoolLinks(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Records a chunk of a file's links; only the links already stored for the chunk's schools are read. */
    public WriteCounts record(List<SchoolLink> links, ImportBatch batch) {
        Map<String, SchoolLink> existing = new HashMap<>();
        Integer[] urns = links.stream().map(SchoolLink::urn).distinct().toArray(Integer[]::new);
        jdbc.sql("select * from school_link where urn = any(?)").param(urns)
                .query((rs, n) -> new SchoolLink(rs.getInt("urn"), rs.getInt("linked_urn"),
                rs.getString("linked_name"), rs.getString("link_type"),
                rs.getDate("established_on") == null ? null : rs.getDate("established_on").toLocalDate()))
                .list().forEach(l -> existing.put(key(l), l));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (SchoolLink link : links) {
            SchoolLink old = existing.put(key(link), link);
            if (old == null) {
                inserts.add(row(link, batch));
            } else if (old.equals(link)) {
                unchanged++;
            } else {
                updates.add(row(link, batch));
            }
        }
        template.batchUpdate("""
                insert into school_link (linked_name, established_on, import_id, urn, linked_urn, link_type)
                values (?, ?, ?, ?, ?, ?)""", inserts);
        template.batchUpdate("""
                update school_link set linked_name = ?, established_on = ?, import_id = ?
                where urn = ? and linked_urn = ? and link_type = ?""", updates);
        return new WriteCounts(inserts.size(), updates.size(), unchanged, 0);
    }

    private static String key(SchoolLink link) {
        return link.urn() + "/" + link.linkedUrn() + "/" + link.linkType();
    }

    private static Object[] row(SchoolLink l, ImportBatch batch) {
        return new Object[] {l.linkedName(), l.establishedOn() == null ? null : Date.valueOf(l.establishedOn()),
                batch.id(), l.urn(), l.linkedUrn(), l.linkType()};
    }
}
