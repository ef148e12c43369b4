package org.schoolscope.attendance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The attendance files taken in, keyed by their content, and the marks later files changed. */
@Component
public class ImportLogStore {

    private final JdbcClient jdbc;

    ImportLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> imported(String sha256) {
        return jdbc.sql("select id from attendance_import where content_sha256 = :sha").param("sha", sha256)
                .query(Long.class).optional();
    }

    public long begin(String fileName, String kind, String sha256, Instant at, String by) {
        return jdbc.sql("""
                insert into attendance_import (file_name, file_kind, content_sha256, rows_read, marks_added,
                    marks_changed, imported_at, imported_by)
                values (:name, :kind, :sha, 0, 0, 0, :at, :by) returning id""")
                .param("name", fileName).param("kind", kind).param("sha", sha256).param("at", Timestamp.from(at))
                .param("by", by).query(Long.class).single();
    }

    public void finish(long id, long rows, long added, long changed) {
        jdbc.sql("update attendance_import set rows_read = :rows, marks_added = :added, marks_changed = :changed "
                + "where id = :id").param("rows", rows).param("added", added).param("changed", changed)
                .param("id", id).update();
    }

    /** Keeps the earlier codes of changed marks. */
    public void recordChanges(long importId, java.util.List<int[]> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into attendance_mark_change (enrolment_id, on_date, session, old_code, new_code, import_id)
                select c.enrolment_id, date '1970-01-01' + c.day, c.session, c.old_code, c.new_code, :import
                from unnest(:enrolments, :days, :sessions, :old, :new)
                    as c(enrolment_id, day, session, old_code, new_code)""")
                .param("import", importId)
                .param("enrolments", changes.stream().mapToInt(change -> change[0]).toArray())
                .param("days", changes.stream().mapToInt(change -> change[1]).toArray())
                .param("sessions", changes.stream().mapToInt(change -> change[2]).toArray())
                .param("old", changes.stream().mapToInt(change -> change[3]).toArray())
                .param("new", changes.stream().mapToInt(change -> change[4]).toArray()).update();
    }
}
