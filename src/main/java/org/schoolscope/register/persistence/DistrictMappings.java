package org.schoolscope.register.persistence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.District;
import org.schoolscope.register.Districts;
import org.schoolscope.register.domain.DistrictAssignment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Councils' district mappings with their history: a changed mapping adds rows from a new date rather than
 * overwriting, so a report for a past year groups schools as the districts stood then.
 */
@Repository
public class DistrictMappings implements Districts {

    private final JdbcClient jdbc;
    private final Clock clock;

    DistrictMappings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<District> districtOf(int laCode, String constituency) {
        return districtOf(laCode, constituency, LocalDate.now(clock));
    }

    @Override
    public Optional<District> districtOf(int laCode, String constituency, LocalDate on) {
        return inEffect(laCode, constituency, on).map(a -> new District(a.district(), a.locality()));
    }

    public boolean hasMappingFor(int laCode) {
        return jdbc.sql("select exists (select 1 from district_mapping where la_code = ?)").param(laCode)
                .query(Boolean.class).single();
    }

    /** Adds each line unless the mapping in effect on its date already places the constituency the same way. */
    public WriteCounts record(List<DistrictAssignment> assignments) {
        WriteCounts counts = WriteCounts.NONE;
        for (DistrictAssignment assignment : assignments) {
            Optional<DistrictAssignment> current = inEffect(assignment.laCode(), assignment.constituency(),
                    assignment.validFrom());
            if (current.isPresent() && current.get().samePlacementAs(assignment)) {
                counts = counts.plus(new WriteCounts(0, 0, 1, 0));
                continue;
            }
            jdbc.sql("""
                    insert into district_mapping (la_code, constituency, district, locality, valid_from)
                    values (?, ?, ?, ?, ?)
                    on conflict (la_code, constituency, valid_from)
                    do update set district = excluded.district, locality = excluded.locality""")
                    .params(assignment.laCode(), assignment.constituency(), assignment.district(),
                            assignment.locality(), Date.valueOf(assignment.validFrom()))
                    .update();
            counts = counts.plus(current.isPresent() ? new WriteCounts(0, 1, 0, 0) : new WriteCounts(1, 0, 0, 0));
        }
        return counts;
    }

    private Optional<DistrictAssignment> inEffect(int laCode, String constituency, LocalDate on) {
        String key = DistrictAssignment.key(constituency);
        return mappings(laCode, on).stream().filter(a -> DistrictAssignment.key(a.constituency()).equals(key))
                .max(Comparator.comparing(DistrictAssignment::validFrom));
    }

    private List<DistrictAssignment> mappings(int laCode, LocalDate on) {
        return jdbc.sql("""
                select la_code, constituency, district, locality, valid_from from district_mapping
                where la_code = ? and valid_from <= ?""").params(laCode, Date.valueOf(on))
                .query((rs, n) -> new DistrictAssignment(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getDate(5).toLocalDate()))
                .list();
    }
}
