package org.schoolscope.register.persistence;

import java.util.Map;
import java.util.Objects;
import org.schoolscope.ingest.WriteCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The councils the register knows, named by whichever file last gave a name and placed in a region by DfE's lookup. */
@Repository
public class LocalAuthorities {

    private final JdbcClient jdbc;

    LocalAuthorities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds or renames councils; a region already recorded is kept. */
    public void nameAll(Map<Integer, String> names) {
        names.forEach((code, name) -> jdbc.sql("""
                insert into local_authority (la_code, name) values (?, ?)
                on conflict (la_code) do update set name = excluded.name where local_authority.name <> excluded.name""")
                .params(code, name).update());
    }

    public WriteCounts record(int laCode, String name, String regionCode, String regionName) {
        var existing = jdbc.sql("select name, region_code, region_name from local_authority where la_code = ?")
                .param(laCode).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional();
        if (existing.isEmpty()) {
            jdbc.sql("insert into local_authority (la_code, name, region_code, region_name) values (?, ?, ?, ?)")
                    .params(laCode, name, regionCode, regionName).update();
            return new WriteCounts(1, 0, 0, 0);
        }
        String[] old = existing.get();
        if (Objects.equals(old[0], name) && Objects.equals(old[1], regionCode)
                && Objects.equals(old[2], regionName)) {
            return new WriteCounts(0, 0, 1, 0);
        }
        jdbc.sql("update local_authority set name = ?, region_code = ?, region_name = ? where la_code = ?")
                .params(name, regionCode, regionName, laCode).update();
        return new WriteCounts(0, 1, 0, 0);
    }
}
