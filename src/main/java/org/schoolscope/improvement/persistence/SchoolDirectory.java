package org.schoolscope.improvement.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Schools' names from the register, for the pages. */
@Component
public class SchoolDirectory {

    private final JdbcClient jdbc;

    SchoolDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Urn, String> names(Collection<Urn> urns) {
        Map<Urn, String> names = new HashMap<>();
        if (urns.isEmpty()) {
            return names;
        }
        jdbc.sql("select urn, name from school where urn in (:urns)")
                .param("urns", urns.stream().map(Urn::value).toList())
                .query(row -> {
                    names.put(new Urn(row.getInt("urn")), row.getString("name"));
                });
        return names;
    }

    public boolean exists(Urn urn) {
        return jdbc.sql("select count(*) from school where urn = :urn").param("urn", urn.value())
                .query(Integer.class).single() > 0;
    }
}
