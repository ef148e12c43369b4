package org.schoolscope.performance;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schools the register holds, read once per import from the register's published views (inside the import's
 * transaction, so it is the register the figures will be stored against): every URN, and the school each LAESTAB
 * names. Held as sorted arrays, four bytes a URN, so the memory it takes follows the register, not the file; each
 * row of a figure file is checked against it as it is read.
 */
final class RegisterIndex {

    private final int[] urns;
    private final int[] laestabs;
    private final int[] laestabUrns;

    private RegisterIndex(int[] urns, int[] laestabs, int[] laestabUrns) {
        this.urns = urns;
        this.laestabs = laestabs;
        this.laestabUrns = laestabUrns;
    }

    static RegisterIndex read(JdbcClient jdbc, boolean withLaestabs) {
        int[] urns = jdbc.sql("select urn from register_school_urn order by urn").query(Integer.class).list()
                .stream().mapToInt(Integer::intValue).toArray();
        if (!withLaestabs) {
            return new RegisterIndex(urns, new int[0], new int[0]);
        }
        int count = jdbc.sql("select count(*) from register_school_laestab").query(Integer.class).single();
        int[] laestabs = new int[count];
        int[] laestabUrns = new int[count];
        int[] next = {0};
        jdbc.sql("select laestab, urn from register_school_laestab order by laestab").query(rs -> {
            if (next[0] < count) {
                laestabs[next[0]] = rs.getInt(1);
                laestabUrns[next[0]] = rs.getInt(2);
                next[0]++;
            }
        });
        return new RegisterIndex(urns, Arrays.copyOf(laestabs, next[0]), Arrays.copyOf(laestabUrns, next[0]));
    }

    boolean holds(int urn) {
        return Arrays.binarySearch(urns, urn) >= 0;
    }

    /** The URN of the school a LAESTAB names, or null when it names none. */
    Integer schoolWithLaestab(int laestab) {
        int at = Arrays.binarySearch(laestabs, laestab);
        return at < 0 ? null : laestabUrns[at];
    }
}
