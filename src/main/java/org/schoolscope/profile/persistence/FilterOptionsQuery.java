package org.schoolscope.profile.persistence;

import java.util.List;
import org.schoolscope.profile.read.FilterOptions;
import org.schoolscope.profile.read.FilterOptions.LocalAuthorityOption;
import org.schoolscope.shared.LaCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The councils and districts the list's filters can offer: councils some loaded school belongs to, districts the
 * council maps. The phases and types come with the list itself, from the schools open on its day.
 */
@Repository
public class FilterOptionsQuery {

    private final JdbcClient jdbc;

    public FilterOptionsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FilterOptions forLocalAuthority(LaCode la) {
        List<LocalAuthorityOption> localAuthorities = jdbc.sql("""
                select codes.la_code, la.name
                from (select distinct la_code from school where la_code is not null
                      union select :la) codes
                left join local_authority la on la.la_code = codes.la_code
                order by coalesce(la.name, codes.la_code::text)
                """).param("la", la.value())
                .query((row, n) -> new LocalAuthorityOption(row.getInt("la_code"), row.getString("name"))).list();
        List<String> districts = jdbc.sql("""
                select distinct district from district_mapping where la_code = :la order by district
                """).param("la", la.value()).query(String.class).list();
        return new FilterOptions(localAuthorities, districts, List.of(), List.of());
    }
}
