package org.schoolscope.improvement.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Schools' names from the register, for the pages, as far as the viewer may see them. */
@Component
public class SchoolDirectory {

    private final JdbcClient jdbc;

    SchoolDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of those of the schools the viewer may see. */
    public Map<Urn, String> names(Collection<Urn> urns, ViewerScope viewer) {
        Map<Urn, String> names = new HashMap<>();
        if (urns.isEmpty()) {
            return names;
        }
        viewer.bind(jdbc.sql("select urn, name from school s where urn in (:urns) and " + viewer.schools("s.urn")))
                .param("urns", urns.stream().map(Urn::value).toList())
                .query(row -> {
                    names.put(new Urn(row.getInt("urn")), row.getString("name"));
                });
        return names;
    }

    public boolean exists(Urn urn) {
        return exists(urn, ViewerScope.system());
    }

    /** Whether the school is in the register and the viewer may see it. */
    public boolean exists(Urn urn, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select count(*) from school s where urn = :urn and " + viewer.schools("s.urn")))
                .param("urn", urn.value()).query(Integer.class).single() > 0;
    }
}
