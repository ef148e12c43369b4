package org.schoolscope.profile.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.read.RegisterEntry;
import org.schoolscope.profile.read.ResponsibleBody;
import org.schoolscope.profile.read.SchoolLink;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A school's current register facts and its GIAS links to predecessors and successors. */
@Repository
public class RegisterEntryQuery {

    private final JdbcClient jdbc;
    private final Clock clock;

    public RegisterEntryQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The school's register facts, if the viewer may see it. */
    public Optional<RegisterEntry> find(Urn urn, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("""
                select s.*, la.name as la_name, d.district
                from school s
                left join local_authority la on la.la_code = s.la_code
                """ + SqlFragments.DISTRICT_JOIN + " where s.urn = :urn and " + viewer.schools("s.urn")))
                .param("urn", urn.value()).param("today", LocalDate.now(clock)).query(this::entry).optional();
    }

    /**
     * The school's links to the predecessors and successors the viewer may also see: a linked school is another
     * establishment, so a partner or headteacher sees it only when it is allocated to them too.
     */
    public List<SchoolLink> links(Urn urn, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("""
                select l.linked_urn, coalesce(l.linked_name, s.name) as linked_name, l.link_type, l.established_on,
                       s.urn is not null as in_register
                from school_link l
                left join school s on s.urn = l.linked_urn
                where l.urn = :urn and """ + viewer.schools("l.linked_urn") + """

                order by l.established_on desc nulls last, l.linked_urn
                """)).param("urn", urn.value())
                .query((row, n) -> new SchoolLink(new Urn(row.getInt("linked_urn")), row.getString("linked_name"),
                        row.getString("link_type"), Rows.date(row, "established_on"), row.getBoolean("in_register")))
                .list();
    }

    private RegisterEntry entry(ResultSet row, int number) throws SQLException {
        return new RegisterEntry(new Urn(row.getInt("urn")), Rows.integer(row, "laestab"),
                Rows.integer(row, "la_code"), row.getString("la_name"), row.getString("name"),
                row.getString("establishment_type"), row.getString("type_group"), row.getString("phase"),
                row.getString("status"), Rows.date(row, "open_date"), Rows.date(row, "close_date"),
                Rows.integer(row, "statutory_low_age"), Rows.integer(row, "statutory_high_age"),
                Rows.integer(row, "number_of_pupils"), ResponsibleBody.valueOf(row.getString("responsible_body")),
                row.getString("trust_name"), row.getString("federation_name"), row.getString("constituency"),
                row.getString("district"));
    }
}
